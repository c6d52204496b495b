package com.wuye.bpm.security;

import static com.wuye.bpm.security.FightIncidentProcess.Var;

import java.util.HashMap;
import java.util.Map;

/** Named test data for fight-incident. */
final class FightIncidentFixtures {

  private FightIncidentFixtures() {}

  /** Two neighbours quarrelling in the lobby, no weapons, nobody hurt: mediation. */
  static Map<String, Object> quarrel() {
    return report(2, false, false, "none");
  }

  /** A knife was seen: the monitoring centre calls the police at once. */
  static Map<String, Object> knifeFight() {
    return report(3, true, false, "minor");
  }

  static Map<String, Object> report(int people, boolean weapons, boolean injuries, String damage) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.LOCATION, "2号楼大堂");
    variables.put(Var.PEOPLE_INVOLVED, people);
    variables.put(Var.WEAPONS, weapons);
    variables.put(Var.INJURIES, injuries);
    variables.put(Var.DAMAGE, damage);
    variables.put(Var.DESCRIPTION, "两名住户因停车位争吵后推搡");
    return variables;
  }

  static Map<String, Object> mediation(boolean effective, boolean damaged) {
    return Map.of(Var.MEDIATION_NOTE, effective ? "双方已劝开，各自离开" : "双方情绪激动，继续推搡",
        Var.MEDIATION_EFFECTIVE, effective, Var.FACILITY_DAMAGED, damaged);
  }

  static Map<String, Object> policeCalled() {
    return Map.of(Var.POLICE_REPORT, "110-20260101-0042");
  }

  /** The supervisor's decision after a failed mediation, with the report to the company's leaders. */
  static Map<String, Object> supervisorDecides(boolean callPolice) {
    return callPolice
        ? Map.of(Var.POLICE_DECISION, FightIncidentProcess.CALL_POLICE, Var.POLICE_REPORT, "JJ-20260301-11",
            Var.LEADERS_REPORT, "劝解无效，双方仍在推搡，已报警")
        : Map.of(Var.POLICE_DECISION, FightIncidentProcess.NO_POLICE, Var.LEADERS_REPORT, "劝解无效，主管到场后双方离开");
  }

  static Map<String, Object> policeAssisted(boolean damaged) {
    return Map.of(Var.POLICE_ASSISTANCE, "协助民警带离肇事者，劝散围观群众", Var.FACILITY_DAMAGED, damaged);
  }

  static Map<String, Object> damageListed() {
    return Map.of(Var.DAMAGE_ITEMS, "大堂玻璃门一扇破裂", Var.DAMAGE_AMOUNT, 1280.5);
  }

  static Map<String, Object> caseReport() {
    return Map.of(Var.CASE_REPORT, "经过：……处理：……结果：……");
  }
}
