package com.wuye.bpm.fee;

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

/** Every rule of dmn/suspension-eligibility.dmn and both sides of the three-month boundary. */
class SuspensionEligibilityDecisionTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = SuspensionEligibilityDecisionTest.class.getResourceAsStream("/dmn/suspension-eligibility.dmn")) {
      decision = dmnEngine.parseDecision(HouseholdArrearsProcess.ELIGIBILITY_DECISION, dmn);
    }
  }

  @ParameterizedTest(name = "medical equipment, {0} months, {1} owed → not eligible")
  @CsvSource({"1, 250.00", "2, 500.00", "3, 750.00", "12, 3000.00"})
  void refusesSuspensionWhenMedicalEquipmentRegistered(int months, double owed) {
    assertThat(evaluate(months, owed, true)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "eligible", false, "services", ""));
  }

  @ParameterizedTest(name = "{0} months → air-conditioning and power")
  @CsvSource({"3, 750.00", "4, 1000.00", "24, 6000.00"})
  void suspendsAirConditioningAndPowerFromThreeMonths(int months, double owed) {
    assertThat(evaluate(months, owed, false)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "eligible", true, "services", "air-conditioning,power"));
  }

  @ParameterizedTest(name = "{0} months → air-conditioning only")
  @CsvSource({"0, 0.00", "1, 250.00", "2, 500.00"})
  void suspendsAirConditioningOnlyUnderThreeMonths(int months, double owed) {
    assertThat(evaluate(months, owed, false)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "eligible", true, "services", "air-conditioning"));
  }

  @Test
  void amountOwedDoesNotChangeTheResult() {
    assertThat(evaluate(2, 0.01, false)).isEqualTo(evaluate(2, 99_999.99, false));
    assertThat(evaluate(3, 0.01, false)).isEqualTo(evaluate(3, 99_999.99, false));
  }

  @Test
  void acceptsTheTypesTheProcessPasses() {
    DmnDecisionResult result = dmnEngine.evaluateDecision(decision, Variables.createVariables()
        .putValue("monthsInArrears", 3L).putValue("amountOwed", new java.math.BigDecimal("750.00"))
        .putValue("medicalEquipment", false));
    assertThat(result.getSingleResult().getEntryMap()).containsEntry("services", "air-conditioning,power");
  }

  @Test
  void matchesNoRuleWithoutMedicalEquipmentAnswer() {
    DmnDecisionResult result = dmnEngine.evaluateDecision(decision, Variables.createVariables()
        .putValue("monthsInArrears", 3).putValue("amountOwed", 750.0).putValue("medicalEquipment", null));
    assertThat(result).isEmpty();
  }

  private static Map<String, Object> evaluate(int months, double owed, boolean medicalEquipment) {
    return dmnEngine.evaluateDecision(decision, Variables.createVariables().putValue("monthsInArrears", months)
        .putValue("amountOwed", owed).putValue("medicalEquipment", medicalEquipment)).getSingleResult().getEntryMap();
  }
}
