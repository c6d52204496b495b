package com.wuye.bpm.security;

import com.wuye.bpm.api.FormValues;
import static com.wuye.bpm.security.FireSafetyInspectionProcess.Var;

import com.wuye.bpm.api.FieldRules;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The filled-in 防火安全检查表 (form inspect-fire-safety): for each of the five checks whether it found a problem and
 * where; who must rectify; the guard's signature.
 *
 * @param problems the checks that found a problem, with where and what
 */
record FireChecklist(Map<FireCheckType, String> problems, String responsibleParty, String note, boolean signed) {

  static final int DETAIL_MAX = 300;

  FieldRules check(FieldRules rules) {
    problems.forEach((type, detail) -> rules.text(type.detailField(), detail, DETAIL_MAX));
    if (!problems.isEmpty()) {
      rules.text(Var.RESPONSIBLE_PARTY, responsibleParty, 100);
    }
    if (note != null && note.length() > 500) {
      rules.reject(Var.INSPECTION_NOTE, "不能超过 500 个字符 (at most 500 characters)");
    }
    if (!signed) {
      rules.reject(Var.SIGNED, "检查人须签字确认 (the inspector must sign)");
    }
    return rules;
  }

  /** The hazard types in checklist order: the collection of the multi-instance rectification. */
  List<String> hazardTypes() {
    return problems.keySet().stream().map(FireCheckType::value).toList();
  }

  static FireChecklist from(FormValues values) {
    Map<FireCheckType, String> problems = new EnumMap<>(FireCheckType.class);
    for (FireCheckType type : FireCheckType.values()) {
      if (values.ticked(type.foundField())) {
        problems.put(type, values.text(type.detailField()));
      }
    }
    return new FireChecklist(problems, values.text(Var.RESPONSIBLE_PARTY), values.text(Var.INSPECTION_NOTE),
        values.ticked(Var.SIGNED));
  }
}
