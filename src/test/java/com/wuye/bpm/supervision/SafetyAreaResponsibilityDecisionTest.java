package com.wuye.bpm.supervision;

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
import org.junit.jupiter.params.provider.FieldSource;

/** dmn/safety-area-responsibility.dmn: who rectifies each of the ten areas, and within how many days. */
class SafetyAreaResponsibilityDecisionTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = SafetyAreaResponsibilityDecisionTest.class
        .getResourceAsStream("/dmn/" + AreaResponsibility.DECISION + ".dmn")) {
      decision = dmnEngine.parseDecision(AreaResponsibility.DECISION, dmn);
    }
  }

  @ParameterizedTest(name = "{0} → {1}, {3} days")
  @CsvSource({
      "work-environment,   admin-hr,     员工工作环境,   3",
      "fire,               security,     消防安全管理,   1",
      "security,           security,     安防管理,       1",
      "equipment-rooms,    engineering,  设备房与管理井, 3",
      "water-supply,       engineering,  给排水系统,     3",
      "power-supply,       engineering,  供电系统,       1",
      "lifts,              engineering,  升降系统,       1",
      "roofs,              engineering,  顶楼天面,       3",
      "leisure-facilities, housekeeping, 休闲娱乐设施,   3",
      "water-features,     housekeeping, 水系及泳池,     1"})
  void givesEachAreaItsGroupAndDeadline(String area, String group, String name, int days) {
    assertThat(evaluate(area)).containsExactlyInAnyOrderEntriesOf(
        Map.of("responsibleGroup", group, "areaName", name, "rectificationDays", days));
  }

  @ParameterizedTest(name = "checklist area {0} has a rule")
  @FieldSource("com.wuye.bpm.supervision.SafetySupervision#AREAS")
  void coversEveryAreaOfTheChecklist(String area) {
    assertThat(evaluate(area)).containsKey("responsibleGroup");
  }

  @Test
  void matchesNoRuleForAnAreaNotOnTheChecklist() {
    assertThat(dmnEngine.evaluateDecisionTable(decision, Variables.createVariables().putValue("area", "garden")))
        .isEmpty();
  }

  private static Map<String, Object> evaluate(String area) {
    return dmnEngine.evaluateDecisionTable(decision, Variables.createVariables().putValue("area", area))
        .getSingleResult().getEntryMap();
  }
}
