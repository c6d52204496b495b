package com.wuye.bpm.service;

import com.wuye.bpm.support.SpringIntegrationTest;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Base of the package's integration tests: the REST intakes, the database and customer service's demo user. */
abstract class ServiceFlowTest extends SpringIntegrationTest {

  @Autowired protected TestRestTemplate rest;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected JdbcTemplate jdbc;

  protected CaseApi api;
  protected Staff kefu;

  @BeforeEach
  void frontDesk() {
    api = new CaseApi(rest, runtimeService);
    kefu = new Staff(processEngine, "kefu", "customer-service");
  }
}
