package com.wuye.bpm.supervision;

import com.wuye.bpm.api.UnprocessableException;
import java.util.Map;

/**
 * The Chinese names of the supervision records' states, as people read them, and the one answer every step gives
 * when its record is not in the state the step follows.
 */
final class SupervisionStates {

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("OPENED", "已立项"), Map.entry("TEAM_FORMED", "已成立检查小组"), Map.entry("PLANNED", "已制定检查计划"),
      Map.entry("INSPECTED", "已现场检查"), Map.entry("SAMPLED", "已抽取住户"), Map.entry("VISITED", "已走访住户"),
      Map.entry("REPORTED", "已出报告"), Map.entry("APPROVED", "报告已批准"), Map.entry("CLOSED", "已结案"),
      Map.entry("OPEN", "待整改"), Map.entry("CORRECTED", "待验证"), Map.entry("VERIFIED", "已验证"),
      Map.entry("SCHEDULED", "考核中"), Map.entry("COMPUTED", "已计分"), Map.entry("CHECKED", "已检查"),
      Map.entry("FILED", "已存档"), Map.entry("DRAFT", "草稿"), Map.entry("RECTIFIED", "已整改"));

  private SupervisionStates() {}

  static String label(Enum<?> state) {
    return LABELS.getOrDefault(state.name(), state.name());
  }

  /** The step is refused: the record (named by its kind and number) is in another state; nothing was written. */
  static UnprocessableException refused(String field, String kind, String number, Enum<?> state) {
    return new UnprocessableException(field, kind + " " + number + " 当前为“" + label(state) + "”，不能办理这一步");
  }
}
