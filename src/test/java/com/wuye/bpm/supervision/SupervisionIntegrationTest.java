package com.wuye.bpm.supervision;

import com.wuye.bpm.support.ProcessTestEngine;
import com.wuye.bpm.support.SpringIntegrationTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the supervision flows' integration tests: the engine's clock (and so the records' clock) stands at
 * {@link ProcessTestEngine#START} while a test runs, and {@link #cases} acts on the cases.
 */
abstract class SupervisionIntegrationTest extends SpringIntegrationTest {

  protected SupervisionCases cases;

  @BeforeEach
  void standTheClock() {
    ClockUtil.setCurrentTime(ProcessTestEngine.START);
    cases = new SupervisionCases(processEngine);
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }
}
