package com.wuye.bpm.engineering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** dmn/equipment-repair-need.dmn: every rule. */
class EquipmentRepairNeedDecisionTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = EquipmentRepairNeedDecisionTest.class.getResourceAsStream("/dmn/equipment-repair-need.dmn")) {
      decision = dmnEngine.parseDecision(EquipmentPatrolProcess.REPAIR_DECISION, dmn);
    }
  }

  @Test
  void repairsAnAlarmUrgentlyWithinFourHours() {
    assertThat(evaluate("present", "normal")).containsEntry("repairNeeded", true)
        .containsEntry("repairPriority", "urgent").containsEntry("repairHours", 4);
    assertThat(evaluate("present", "abnormal")).containsEntry("repairNeeded", true)
        .containsEntry("repairPriority", "urgent").containsEntry("repairHours", 4);
  }

  @Test
  void repairsSmellNoiseOrHeatWithinADay() {
    assertThat(evaluate("none", "abnormal")).containsEntry("repairNeeded", true)
        .containsEntry("repairPriority", "normal").containsEntry("repairHours", 24);
  }

  @Test
  void needsNoRepairWithoutAlarmOrAbnormalCondition() {
    assertThat(evaluate("none", "normal")).containsEntry("repairNeeded", false)
        .containsEntry("repairPriority", null).containsEntry("repairHours", null);
  }

  private static Map<String, Object> evaluate(String alarm, String condition) {
    return dmnEngine.evaluateDecision(decision,
        Variables.createVariables().putValue("alarm", alarm).putValue("condition", condition))
        .getSingleResult().getEntryMap();
  }
}
