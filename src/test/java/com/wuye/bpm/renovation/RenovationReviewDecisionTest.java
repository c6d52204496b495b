package com.wuye.bpm.renovation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of dmn/renovation-review.dmn (scope → inspection and deposit) and both sides of the garbage-fee
 * boundaries at 90 and 144 m², evaluated as the process does: one evaluation of {@code renovation-review}.
 */
class RenovationReviewDecisionTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = RenovationReviewDecisionTest.class.getResourceAsStream("/dmn/renovation-review.dmn")) {
      decision = dmnEngine.parseDecision(RenovationApprovalProcess.REVIEW_DECISION, dmn);
    }
  }

  @Test
  void requiresInspectionAndDeposit5000ForStructuralChange() {
    assertThat(evaluate(true, false, 80)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "engineeringInspection", true, "deposit", 5000.0, "garbageFee", 300.0));
  }

  @Test
  void requiresDeposit5000ForStructuralChangeEvenWithPlumbingOrElectrical() {
    assertThat(evaluate(true, true, 80)).containsEntry("engineeringInspection", true).containsEntry("deposit", 5000.0);
  }

  @Test
  void requiresInspectionAndDeposit3000ForPlumbingOrElectricalChange() {
    assertThat(evaluate(false, true, 80)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "engineeringInspection", true, "deposit", 3000.0, "garbageFee", 300.0));
  }

  @Test
  void needsNoInspectionAndDeposit2000ForFinishingOnly() {
    assertThat(evaluate(false, false, 80)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "engineeringInspection", false, "deposit", 2000.0, "garbageFee", 300.0));
  }

  @ParameterizedTest(name = "{0} m² → garbage fee {1}")
  @CsvSource({
      "0.5,    300.0",
      "89.99,  300.0",
      "90,     300.0",
      "90.01,  500.0",
      "120,    500.0",
      "144,    500.0",
      "144.01, 800.0",
      "500,    800.0"})
  void chargesGarbageFeeByArea(double areaSqm, double garbageFee) {
    for (boolean structural : new boolean[] {true, false}) {
      for (boolean plumbing : new boolean[] {true, false}) {
        assertThat(evaluate(structural, plumbing, areaSqm)).containsEntry("garbageFee", garbageFee);
      }
    }
  }

  @Test
  void acceptsWholeNumberAreaAsTheRestApiSendsIt() {
    Map<String, Object> result = dmnEngine.evaluateDecision(decision, Variables.createVariables()
        .putValue("structuralChange", false).putValue("plumbingOrElectrical", false).putValue("areaSqm", 144))
        .getSingleResult().getEntryMap();
    assertThat(result).containsEntry("garbageFee", 500.0);
  }

  private static Map<String, Object> evaluate(boolean structuralChange, boolean plumbingOrElectrical, double areaSqm) {
    return dmnEngine.evaluateDecision(decision, Variables.createVariables()
        .putValue("structuralChange", structuralChange)
        .putValue("plumbingOrElectrical", plumbingOrElectrical)
        .putValue("areaSqm", areaSqm)).getSingleResult().getEntryMap();
  }
}
