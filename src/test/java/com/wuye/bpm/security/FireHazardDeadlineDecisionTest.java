package com.wuye.bpm.security;

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
import org.junit.jupiter.params.provider.EnumSource;

/** dmn/fire-hazard-deadline.dmn: the deadline of every hazard type of the checklist. */
class FireHazardDeadlineDecisionTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = FireHazardDeadlineDecisionTest.class.getResourceAsStream("/dmn/fire-hazard-deadline.dmn")) {
      decision = dmnEngine.parseDecision(FireSafetyInspectionProcess.DEADLINE_DECISION, dmn);
    }
  }

  @ParameterizedTest(name = "{0} → {1} days")
  @CsvSource({
      "fire-source,   1, 遗留火种",
      "power-left-on, 1, 非工作设备未断电",
      "clutter,       3, 堆放杂物、易燃物",
      "extinguisher,  3, 灭火器摆放不合理",
      "other-hazard,  7, 其他火险隐患"})
  void givesEachHazardTypeItsDeadline(String type, int days, String name) {
    assertThat(evaluate(type)).containsExactlyInAnyOrderEntriesOf(
        Map.of("rectificationDays", days, "hazardName", name));
  }

  @ParameterizedTest(name = "checklist type {0} has a rule")
  @EnumSource(FireCheckType.class)
  void coversEveryCheckOfTheChecklist(FireCheckType type) {
    assertThat(evaluate(type.value())).containsKey("rectificationDays");
  }

  @Test
  void matchesNoRuleForUnknownType() {
    assertThat(dmnEngine.evaluateDecision(decision, Variables.createVariables().putValue("hazardType", "flood")))
        .isEmpty();
  }

  private static Map<String, Object> evaluate(String type) {
    return dmnEngine.evaluateDecision(decision, Variables.createVariables().putValue("hazardType", type))
        .getSingleResult().getEntryMap();
  }
}
