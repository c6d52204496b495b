package com.wuye.bpm.engineering;

import static com.wuye.bpm.engineering.EquipmentPatrolProcess.Var;

import java.util.HashMap;
import java.util.Map;

/** Named test data for equipment-patrol: what the officer's phone form submits. */
final class EquipmentPatrolFixtures {

  private EquipmentPatrolFixtures() {}

  /** All well: clean, terminals tight, no alarm, no smell, noise or heat. */
  static Map<String, Object> allNormal() {
    return check("good", "good", "none", "normal", null);
  }

  /** Dust wiped and a terminal tightened on the spot: no repair needed. */
  static Map<String, Object> fixedOnTheSpot() {
    return check("cleaned", "tightened", "none", "normal", null);
  }

  /** The transformer's over-temperature alarm is on. */
  static Map<String, Object> alarm() {
    return check("good", "good", "present", "normal", "2号变压器超温告警，风机不转");
  }

  /** A pump hums and runs hot. */
  static Map<String, Object> noisyPump() {
    return check("good", "good", "none", "abnormal", "1号生活水泵轴承异响、外壳过热");
  }

  static Map<String, Object> check(String cleanliness, String terminals, String alarm, String condition,
      String findings) {
    Map<String, Object> values = new HashMap<>();
    values.put(Var.CLEANLINESS, cleanliness);
    values.put(Var.TERMINALS, terminals);
    values.put(Var.ALARM, alarm);
    values.put(Var.CONDITION, condition);
    if (findings != null) {
      values.put(Var.FINDINGS, findings);
    }
    return values;
  }

  static Map<String, Object> repaired() {
    return Map.of(Var.REPAIR_RESULT, "更换风机电容，温度恢复正常");
  }

  static Map<String, Object> missedReason() {
    return Map.of(Var.MISSED_REASON, "值班设备管理员处理停水抢修，已调整排班");
  }
}
