package com.wuye.bpm.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of dmn/complaint-classification.dmn, urgent and not, and the categories it must refuse. */
class ComplaintClassificationDecisionTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = ComplaintClassificationDecisionTest.class.getResourceAsStream("/dmn/complaint-classification.dmn")) {
      decision = dmnEngine.parseDecision(ComplaintHandlingProcess.CLASSIFICATION_DECISION, dmn);
    }
  }

  @ParameterizedTest(name = "{0} → {1}, callback {2}")
  @CsvSource({
      "service-attitude, quality-center,   true",
      "repair-delay,     engineering,      true",
      "facility,         engineering,      true",
      "sanitation,       housekeeping,     true",
      "security,         security,         true",
      "noise,            security,         true",
      "parking,          security,         true",
      "fee,              customer-service, true",
      "other,            customer-service, false"})
  void routesEachCategoryWithNormalPriorityWhenNotUrgent(String category, String group, boolean callback) {
    assertThat(evaluate(category, false)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "responsibleGroup", group, "priority", "normal", "responseMinutes", 30, "callbackRequired", callback));
  }

  @ParameterizedTest(name = "{0} urgent → {1}, 15 minutes")
  @CsvSource({
      "service-attitude, quality-center,   true",
      "repair-delay,     engineering,      true",
      "facility,         engineering,      true",
      "sanitation,       housekeeping,     true",
      "security,         security,         true",
      "noise,            security,         true",
      "parking,          security,         true",
      "fee,              customer-service, true",
      "other,            customer-service, false"})
  void routesEachCategoryWithHighPriorityAndFifteenMinutesWhenUrgent(String category, String group,
      boolean callback) {
    assertThat(evaluate(category, true)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "responsibleGroup", group, "priority", "high", "responseMinutes", 15, "callbackRequired", callback));
  }

  @ParameterizedTest(name = "unknown category \"{0}\" matches no rule")
  @NullAndEmptySource
  @ValueSource(strings = {"unknown", "Fee", "REPAIR-DELAY", " fee", "维修不及时", "repair-delay,facility"})
  void matchesNoRuleForUnknownCategory(String category) {
    DmnDecisionResult result = dmnEngine.evaluateDecision(decision,
        Variables.createVariables().putValue("category", category).putValue("urgent", false));
    assertThat(result).isEmpty();
  }

  @Test
  void returnsIntegerMinutesForTheProcessTimer() {
    assertThat(evaluate("fee", false).get("responseMinutes")).isInstanceOf(Integer.class);
  }

  private static Map<String, Object> evaluate(String category, boolean urgent) {
    return dmnEngine.evaluateDecision(decision,
        Variables.createVariables().putValue("category", category).putValue("urgent", urgent)).getSingleResult().getEntryMap();
  }
}
