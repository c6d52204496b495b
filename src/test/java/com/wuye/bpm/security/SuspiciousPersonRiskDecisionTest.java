package com.wuye.bpm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * dmn/suspicious-person-risk.dmn: the weight of every sign (collect-sum table), their sum, and both sides of the
 * boundaries 2/3 and 5/6 of the level table.
 */
class SuspiciousPersonRiskDecisionTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = SuspiciousPersonRiskDecisionTest.class.getResourceAsStream("/dmn/suspicious-person-risk.dmn")) {
      decision = dmnEngine.parseDecision(SuspiciousPersonScreeningProcess.RISK_DECISION, dmn);
    }
  }

  @Test
  void releasesWhenNothingWasObserved() {
    assertThat(evaluate()).containsExactlyInAnyOrderEntriesOf(
        Map.of("riskScore", 0, "riskLevel", "low", "action", "release"));
  }

  @ParameterizedTest(name = "{0} alone scores {1}")
  @CsvSource({
      "loitering,          2, low,    release",
      "avoidsQuestions,    3, medium, inspect-items",
      "carriesTools,       3, medium, inspect-items",
      "nightTime,          1, low,    release",
      "tailgating,         2, low,    release",
      "noClearDestination, 2, low,    release"})
  void scoresEachSignWithItsWeight(String sign, int score, String level, String action) {
    assertThat(evaluate(sign)).containsExactlyInAnyOrderEntriesOf(
        Map.of("riskScore", score, "riskLevel", level, "action", action));
  }

  @Test
  void releasesAtTwoPointsJustBelowMedium() {
    assertThat(evaluate("tailgating")).containsEntry("riskScore", 2).containsEntry("riskLevel", "low");
  }

  @Test
  void inspectsItemsAtThreePoints() {
    assertThat(evaluate("loitering", "nightTime")).containsExactlyInAnyOrderEntriesOf(
        Map.of("riskScore", 3, "riskLevel", "medium", "action", "inspect-items"));
  }

  @Test
  void inspectsItemsAtFivePointsJustBelowHigh() {
    assertThat(evaluate("loitering", "avoidsQuestions")).containsExactlyInAnyOrderEntriesOf(
        Map.of("riskScore", 5, "riskLevel", "medium", "action", "inspect-items"));
  }

  @Test
  void notifiesSupervisorAtSixPoints() {
    assertThat(evaluate("avoidsQuestions", "carriesTools")).containsExactlyInAnyOrderEntriesOf(
        Map.of("riskScore", 6, "riskLevel", "high", "action", "notify-supervisor"));
  }

  @Test
  void sumsEverySignObserved() {
    assertThat(evaluate("loitering", "avoidsQuestions", "carriesTools", "nightTime", "tailgating",
        "noClearDestination")).containsExactlyInAnyOrderEntriesOf(
        Map.of("riskScore", 13, "riskLevel", "high", "action", "notify-supervisor"));
  }

  @Test
  void returnsAnIntegerScore() {
    assertThat(evaluate("nightTime", "tailgating").get("riskScore")).isInstanceOf(Integer.class).isEqualTo(3);
  }

  private static Map<String, Object> evaluate(String... observed) {
    Set<String> signs = Set.of(observed);
    VariableMap variables = Variables.createVariables();
    for (String sign : SuspiciousPersonScreeningProcess.SIGNS) {
      variables.putValue(sign, signs.contains(sign));
    }
    return dmnEngine.evaluateDecision(decision, variables).getSingleResult().getEntryMap();
  }
}
