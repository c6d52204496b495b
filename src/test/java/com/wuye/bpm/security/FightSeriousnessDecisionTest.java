package com.wuye.bpm.security;

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
import org.junit.jupiter.params.provider.ValueSource;

/** dmn/fight-seriousness.dmn: every rule, the 4/5 people boundary, and the damage levels. */
class FightSeriousnessDecisionTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = FightSeriousnessDecisionTest.class.getResourceAsStream("/dmn/fight-seriousness.dmn")) {
      decision = dmnEngine.parseDecision(FightIncidentProcess.SERIOUSNESS_DECISION, dmn);
    }
  }

  @Test
  void isSeriousWithWeaponsWhateverElse() {
    assertThat(evaluate(true, false, 2, "none")).containsEntry("serious", true).containsEntry("seriousnessReason", "持械斗殴");
    assertThat(evaluate(true, true, 9, "major")).containsEntry("serious", true).containsEntry("seriousnessReason", "持械斗殴");
  }

  @Test
  void isSeriousWhenSomeoneIsInjured() {
    assertThat(evaluate(false, true, 2, "none")).containsEntry("serious", true).containsEntry("seriousnessReason", "有人受伤");
  }

  @Test
  void isSeriousFromFivePeople() {
    assertThat(evaluate(false, false, 5, "none")).containsEntry("serious", true)
        .containsEntry("seriousnessReason", "5 人及以上群殴");
  }

  @Test
  void isMinorWithFourPeopleAndNoDamage() {
    assertThat(evaluate(false, false, 4, "none")).containsExactlyInAnyOrderEntriesOf(
        Map.of("serious", false, "seriousnessReason", "一般纠纷，现场劝解"));
  }

  @Test
  void isSeriousWhenFacilitiesBadlyDamaged() {
    assertThat(evaluate(false, false, 2, "major")).containsEntry("serious", true)
        .containsEntry("seriousnessReason", "设施严重损坏");
  }

  @ParameterizedTest(name = "damage {0} alone is minor")
  @ValueSource(strings = {"none", "minor"})
  void isMinorWithLittleDamage(String damage) {
    assertThat(evaluate(false, false, 2, damage)).containsEntry("serious", false);
  }

  @Test
  void matchesNoRuleForUnknownDamage() {
    DmnDecisionResult result = dmnEngine.evaluateDecision(decision, Variables.createVariables()
        .putValue("weapons", false).putValue("injuries", false).putValue("peopleInvolved", 2)
        .putValue("damage", "huge"));
    assertThat(result).isEmpty();
  }

  private static Map<String, Object> evaluate(boolean weapons, boolean injuries, int people, String damage) {
    return dmnEngine.evaluateDecision(decision, Variables.createVariables().putValue("weapons", weapons)
        .putValue("injuries", injuries).putValue("peopleInvolved", people).putValue("damage", damage))
        .getSingleResult().getEntryMap();
  }
}
