package com.wuye.bpm.engineering;

import java.util.Map;

/**
 * What the equipment officer found (form check-equipment), each item as its code.
 *
 * @param cleanliness {@code good} or {@code cleaned} (was dirty, cleaned on the spot)
 * @param terminals {@code good} or {@code tightened} (were loose, tightened on the spot)
 * @param alarm {@code none} or {@code present}
 * @param condition {@code normal} or {@code abnormal} (smell, noise or heat)
 * @param findings the cause found, required with an alarm or an abnormal condition
 */
public record PatrolCheck(String cleanliness, String terminals, String alarm, String condition, String findings) {

  static final Map<String, String> CLEANLINESS = Map.of("good", "清洁良好", "cleaned", "清洁不良，已清洁");
  static final Map<String, String> TERMINALS = Map.of("good", "端子紧固", "tightened", "端子松动，已紧固");
  static final Map<String, String> ALARM = Map.of("none", "无告警", "present", "有告警");
  static final Map<String, String> CONDITION = Map.of("normal", "无异味、异声、过热", "abnormal", "有异味、异声或过热");

  /** Whether the findings must say what was found. */
  static boolean needsFindings(String alarm, String condition) {
    return "present".equals(alarm) || "abnormal".equals(condition);
  }

  /** The check in the words of the patrol log. */
  public String summary() {
    String items = String.join("；", CLEANLINESS.get(cleanliness), TERMINALS.get(terminals), ALARM.get(alarm),
        CONDITION.get(condition));
    return findings == null || findings.isBlank() ? items : items + "。" + findings;
  }
}
