package com.wuye.bpm.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * dmn/assessment-pay-adjustment.dmn: every band on both sides of each edge (scores have two decimals; a score exactly
 * on an edge belongs to the higher band).
 */
class AssessmentPayAdjustmentDecisionTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = AssessmentPayAdjustmentDecisionTest.class
        .getResourceAsStream("/dmn/" + PerformanceAssessmentProcess.PAY_DECISION + ".dmn")) {
      decision = dmnEngine.parseDecision(PerformanceAssessmentProcess.PAY_DECISION, dmn);
    }
  }

  @ParameterizedTest(name = "score {0} → {1} %")
  @CsvSource({
      "100.00, 10", "95.00, 10",
      "94.99, 5", "90.00, 5",
      "89.99, 0", "80.00, 0",
      "79.99, -5", "75.00, -5",
      "74.99, -10", "0.00, -10"})
  void adjustsPayByTheScoresBand(BigDecimal score, int percent) {
    assertThat(payAdjustment(score)).isEqualTo(percent);
  }

  @Test
  void matchesNoBandWithoutAScore() {
    assertThat(dmnEngine.evaluateDecisionTable(decision, Variables.createVariables().putValue("score", null)))
        .isEmpty();
  }

  private static Integer payAdjustment(BigDecimal score) {
    Number percent = dmnEngine.evaluateDecisionTable(decision,
        Variables.createVariables().putValue("score", score.doubleValue())).getSingleResult().getSingleEntry();
    return percent.intValue();
  }
}
