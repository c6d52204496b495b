package com.wuye.bpm.security;

import static com.wuye.bpm.security.SuspiciousPersonScreeningProcess.Var;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Named test data for suspicious-person-screening. */
final class ScreeningFixtures {

  private ScreeningFixtures() {}

  /** The start form at the north gate with the given signs ticked, every other sign unticked. */
  static Map<String, Object> observed(String... signs) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.LOCATION, "北门岗");
    variables.put(Var.PERSON_DESCRIPTION, "男，约30岁，黑色外套，背双肩包");
    for (String sign : SuspiciousPersonScreeningProcess.SIGNS) {
      variables.put(sign, List.of(signs).contains(sign));
    }
    return variables;
  }

  /** Nothing noteworthy: score 0, release. */
  static Map<String, Object> calm() {
    return observed();
  }

  /** Loitering at night: score 3, inspect items. */
  static Map<String, Object> loiteringAtNight() {
    return observed(Var.LOITERING, Var.NIGHT_TIME);
  }

  /** Avoids questions and carries tools: score 6, notify the supervisor. */
  static Map<String, Object> evasiveWithTools() {
    return observed(Var.AVOIDS_QUESTIONS, Var.CARRIES_TOOLS);
  }

  static Map<String, Object> itemsInspected(boolean suspicious) {
    return Map.of(Var.ITEMS_FOUND, "螺丝刀一把、手套", Var.SUSPICIOUS_ITEMS, suspicious);
  }

  static Map<String, Object> itemStatement() {
    return Map.of(Var.ITEM_STATEMENT, "装修工人自带工具，已核实");
  }

  static Map<String, Object> validId() {
    return Map.of(Var.HAS_VALID_ID, true, Var.ID_TYPE, "id-card", Var.ID_NUMBER, "110101199001011234",
        Var.PERSON_NAME, "李强");
  }

  static Map<String, Object> noId() {
    return Map.of(Var.HAS_VALID_ID, false);
  }

  static Map<String, Object> questioned(boolean suspect) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.QUESTIONING_NOTE, suspect ? "所述来意前后矛盾，携带撬锁工具" : "来访亲友，已电话核实");
    variables.put(Var.IS_SUSPECT, suspect);
    if (!suspect) {
      variables.put(Var.PERSON_NAME, "王磊");
    }
    return variables;
  }

  static Map<String, Object> handedOver() {
    return Map.of(Var.POLICE_STATION, "朝阳门派出所", Var.POLICE_RECEIPT, "JJ-20260101-07");
  }
}
