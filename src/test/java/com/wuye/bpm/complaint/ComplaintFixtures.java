package com.wuye.bpm.complaint;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Element.*;
import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Var;

import com.wuye.bpm.complaint.ComplaintHandlingProcess.Satisfaction;
import java.util.HashMap;
import java.util.Map;

/** Named test data for complaint-handling. */
final class ComplaintFixtures {

  /** What the person writes when completing each task the happy way. */
  static final Map<String, Map<String, Object>> HAPPY = Map.of(
      ACKNOWLEDGE_COMPLAINT, Map.of(Var.INVESTIGATION, "到场查看，楼上管道渗漏"),
      ESCALATE_OVERDUE_COMPLAINT, Map.of(Var.SUPERVISOR_ACTION, "已电话督促责任部门立即响应"),
      HANDLE_COMPLAINT, Map.of(Var.HANDLING_ACTION, "更换楼上排水管接头"),
      RECORD_HANDLING_RESULT, Map.of(Var.HANDLING_RESULT, "已修复，不再渗漏"),
      CALLBACK, Map.of(Var.SATISFACTION, Satisfaction.SATISFIED, Var.CALLBACK_NOTE, "业主表示满意"),
      REVIEW_REOPENED_COMPLAINT, Map.of(Var.QUALITY_MANAGER_OPINION, "要求工程部当日彻底修复"));

  private ComplaintFixtures() {}

  /** A leaking pipe nobody repaired: engineering, callback required. */
  static ComplaintIntake repairDelay() {
    return new ComplaintIntake("张伟", "3栋2单元1201", "13800138000", "phone", "repair-delay",
        "卫生间漏水三天无人维修", false);
  }

  static ComplaintIntake withCategory(String category, boolean urgent) {
    ComplaintIntake base = repairDelay();
    return new ComplaintIntake(base.ownerName(), base.unit(), base.phone(), base.channel(), category,
        base.description(), urgent);
  }

  static Map<String, Object> variables(ComplaintIntake intake) {
    return new HashMap<>(intake.asVariables());
  }

  /** The callback when the owner is still not satisfied. */
  static Map<String, Object> notSatisfied(String note) {
    return Map.of(Var.SATISFACTION, Satisfaction.NOT_SATISFIED, Var.CALLBACK_NOTE, note);
  }
}
