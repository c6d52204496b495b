package com.wuye.bpm.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of dmn/repair-priority.dmn, urgent and not, inside a unit and in public areas, and what it refuses. */
class RepairPriorityDecisionTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = RepairPriorityDecisionTest.class.getResourceAsStream("/dmn/repair-priority.dmn")) {
      decision = dmnEngine.parseDecision(RepairRequestProcess.PRIORITY_DECISION, dmn);
    }
  }

  @ParameterizedTest(name = "{0} in {1}, urgent {2} → {3}, {4} minutes, chargeable {5}")
  @CsvSource({
      "plumbing,        unit,   false, normal, 30, true",
      "plumbing,        unit,   true,  urgent, 15, true",
      "door-window,     unit,   false, normal, 30, true",
      "wall-floor,      unit,   true,  urgent, 15, true",
      "water-electric,  public, false, normal, 30, false",
      "water-electric,  public, true,  urgent, 15, false",
      "public-facility, public, false, normal, 30, false",
      "other,           public, true,  urgent, 15, false"})
  void answersThirtyMinutesOrFifteenWhenUrgentAndChargesOnlyInsideTheUnit(String category, String location,
      boolean urgent, String priority, int minutes, boolean chargeable) {
    assertThat(evaluate(category, location, urgent).getSingleResult().getEntryMap())
        .containsExactlyInAnyOrderEntriesOf(Map.of("priority", priority, "responseMinutes", minutes,
            "chargeable", chargeable));
  }

  @ParameterizedTest(name = "elevator in {0}, urgent {1} → urgent, 15 minutes, free")
  @CsvSource({"public, false", "public, true", "unit, false"})
  void treatsEveryElevatorFaultAsUrgentAndFree(String location, boolean urgent) {
    assertThat(evaluate("elevator", location, urgent).getSingleResult().getEntryMap())
        .containsExactlyInAnyOrderEntriesOf(Map.of("priority", "urgent", "responseMinutes", 15, "chargeable", false));
  }

  @ParameterizedTest(name = "{0} in {1} → no rule")
  @CsvSource({"plumbing, garden", "roof, unit", "roof, public"})
  void knowsNoRuleForAnUnknownCategoryOrLocation(String category, String location) {
    assertThat(evaluate(category, location, false).getResultList()).isEmpty();
  }

  private DmnDecisionResult evaluate(String category, String location, boolean urgent) {
    return dmnEngine.evaluateDecision(decision, Variables.createVariables().putValue("category", category)
        .putValue("location", location).putValue("urgent", urgent));
  }
}
