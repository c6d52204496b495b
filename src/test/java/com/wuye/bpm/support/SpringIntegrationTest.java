package com.wuye.bpm.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every test that runs the whole application: one Spring context (so one engine) per JVM, on H2, or on
 * PostgreSQL in the build's {@code postgres} execution. Tagged so that execution can pick exactly these tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Tag("spring")
public abstract class SpringIntegrationTest {

  @Autowired
  protected ProcessEngine processEngine;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }
}
