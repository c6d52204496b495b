package com.wuye.bpm.security;

import static com.wuye.bpm.security.FireSafetyInspectionProcess.Var;

import java.util.HashMap;
import java.util.Map;

/** Named test data for fire-safety-inspection and fire-hazard-rectification. */
final class FireInspectionFixtures {

  private FireInspectionFixtures() {}

  static Map<String, Object> requested() {
    return Map.of(Var.AREA, "3号楼地下车库", Var.REASON, "春节前专项检查");
  }

  /** The signed checklist with the given checks finding a problem, every other check fine. */
  static Map<String, Object> checklist(FireCheckType... problems) {
    Map<String, Object> variables = new HashMap<>();
    for (FireCheckType type : FireCheckType.values()) {
      variables.put(type.foundField(), false);
    }
    for (FireCheckType type : problems) {
      variables.put(type.foundField(), true);
      variables.put(type.detailField(), "B2 层 " + type.chineseName());
    }
    if (problems.length > 0) {
      variables.put(Var.RESPONSIBLE_PARTY, "工程服务部");
    }
    variables.put(Var.SIGNED, true);
    return variables;
  }

  static Map<String, Object> recheck(boolean rectified) {
    return Map.of(Var.RECTIFIED, rectified, Var.RECHECK_NOTE, rectified ? "已清理完毕" : "仍未清理");
  }

  static Map<String, Object> escalation() {
    return Map.of(Var.SUPERVISOR_ACTION, "已电话督促工程部经理，明日完成");
  }
}
