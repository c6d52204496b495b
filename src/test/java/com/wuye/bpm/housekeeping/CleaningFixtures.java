package com.wuye.bpm.housekeeping;

import static com.wuye.bpm.housekeeping.CleaningManagementProcess.Value;
import static com.wuye.bpm.housekeeping.CleaningManagementProcess.Var;

import java.util.HashMap;
import java.util.Map;

/** Named test data for cleaning-management and cleaning-daily-check: what each form submits. */
final class CleaningFixtures {

  private CleaningFixtures() {}

  /** The first cleaning regulations of the estate. */
  static Map<String, Object> regulations() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.REGULATIONS_TITLE, "保洁管理制度");
    variables.put(Var.REGULATIONS_CONTENT, "一、公共区域每日清扫两次；二、垃圾日产日清；三、电梯轿厢每日擦拭消毒。");
    return variables;
  }

  static Map<String, Object> approved(String field) {
    return Map.of(field, Value.APPROVE);
  }

  static Map<String, Object> rejected(String field, String noteField) {
    return Map.of(field, Value.REJECT, noteField, "未写明垃圾清运时间");
  }

  static Map<String, Object> resubmitted() {
    return Map.of(Var.RESUBMIT, Value.RESUBMIT, Var.REGULATIONS_CONTENT,
        "一、公共区域每日清扫两次；二、垃圾日产日清，每日 7:00、18:00 清运；三、电梯轿厢每日擦拭消毒。");
  }

  static Map<String, Object> withdrawn() {
    return Map.of(Var.RESUBMIT, Value.WITHDRAW, Var.WITHDRAW_REASON, "待公司统一制度下发后再定");
  }

  static Map<String, Object> studied() {
    return Map.of(Var.STUDIED_ON, "2026-11-20", Var.ATTENDEES, 12, Var.STUDY_NOTE, "逐条讲解，现场答疑");
  }

  static Map<String, Object> selfCheckPassed() {
    return Map.of(Var.CHECKED_AREAS, "1-3栋大堂及电梯", Var.SELF_CHECK_RESULT, Value.PASS);
  }

  static Map<String, Object> selfCheckFailed() {
    return Map.of(Var.CHECKED_AREAS, "1-3栋大堂及电梯", Var.SELF_CHECK_RESULT, Value.FAIL,
        Var.SELF_CHECK_PROBLEMS, "2栋电梯轿厢镜面有手印");
  }

  static Map<String, Object> improved() {
    return Map.of(Var.IMPROVEMENT, "已重新擦拭，午间增加一次巡查");
  }

  static Map<String, Object> preShift() {
    return Map.of(Var.STAFF_PRESENT, 12, Var.APPEARANCE_AND_TOOLS, Value.PASS, Var.MEETING_NOTES,
        "强调雨天大堂防滑", Var.OWNER_SUGGESTIONS, "3栋业主建议地下车库增加清扫");
  }
}
