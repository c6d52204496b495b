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

/** dmn/repair-procurement.dmn: every rule, both sides of the 50,000 and 100,000 yuan boundaries. */
class RepairProcurementDecisionTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = RepairProcurementDecisionTest.class.getResourceAsStream("/dmn/repair-procurement.dmn")) {
      decision = dmnEngine.parseDecision(HouseMaintenanceProcess.PROCUREMENT_DECISION, dmn);
    }
  }

  @Test
  void tendersFromOneHundredThousandWhateverTheScope() {
    assertThat(procurement(100_000, "medium")).isEqualTo("tender");
    assertThat(procurement(100_000, "major")).isEqualTo("tender");
    assertThat(procurement(2_500_000.5, "medium")).isEqualTo("tender");
  }

  @Test
  void tendersAMajorRepairFromFiftyThousand() {
    assertThat(procurement(50_000, "major")).isEqualTo("tender");
    assertThat(procurement(99_999.99, "major")).isEqualTo("tender");
  }

  @Test
  void repairsAMediumRepairInHouseBelowOneHundredThousand() {
    assertThat(procurement(50_000, "medium")).isEqualTo("in-house");
    assertThat(procurement(99_999.99, "medium")).isEqualTo("in-house");
  }

  @Test
  void repairsInHouseBelowFiftyThousandWhateverTheScope() {
    assertThat(procurement(49_999.99, "major")).isEqualTo("in-house");
    assertThat(procurement(49_999.99, "medium")).isEqualTo("in-house");
    assertThat(procurement(0.01, "major")).isEqualTo("in-house");
  }

  @Test
  void givesTheReasonStaffRead() {
    assertThat(evaluate(120_000, "major")).containsEntry("procurementReason", "预算 10 万元及以上，招标");
    assertThat(evaluate(60_000, "medium")).containsEntry("procurementReason", "中修且预算不足 10 万元，工程服务部自修");
  }

  @Test
  void decidesNothingForAScopeItDoesNotKnowInTheBand() {
    assertThat(evaluate(60_000, "small")).isNull();
  }

  private static String procurement(double budget, String scope) {
    return (String) evaluate(budget, scope).get("procurement");
  }

  private static Map<String, Object> evaluate(double budget, String scope) {
    var result = dmnEngine.evaluateDecision(decision,
        Variables.createVariables().putValue("budget", budget).putValue("repairScope", scope)).getSingleResult();
    return result == null ? null : result.getEntryMap();
  }
}
