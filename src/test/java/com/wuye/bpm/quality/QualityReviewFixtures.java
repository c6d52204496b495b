package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityReviewProcess.Element;
import static com.wuye.bpm.quality.QualityReviewProcess.Var;

import java.util.HashMap;
import java.util.Map;

/** Named test data for quality-review. */
final class QualityReviewFixtures {

  static final String LEADER = "pinzhi";

  private QualityReviewFixtures() {}

  /** The engineering department's medium-sized, non-critical maintenance plan: a department-level review. */
  static ReviewRequest maintenancePlan() {
    return new ReviewRequest("2026年度设备维保项目", "engineering", "medium", false, "维保计划与作业指导书",
        "设备维保计划", "V1.0", "李工");
  }

  static ReviewRequest withScale(String scale, boolean critical) {
    ReviewRequest base = maintenancePlan();
    return new ReviewRequest(base.projectName(), base.department(), scale, critical, base.reviewItems(),
        base.documentTitle(), base.documentVersion(), base.documentAuthor());
  }

  static Map<String, Object> variables(ReviewRequest request) {
    Map<String, Object> variables = new HashMap<>(request.asVariables());
    variables.put(Var.REQUESTED_BY, "pinzhi-jingli");
    return variables;
  }

  /** What the person writes when completing each task the happy way (approvals given, checklists complete). */
  static Map<String, Object> completion(String taskKey) {
    Map<String, Object> variables = new HashMap<>();
    String noteField = QualityReviewProcess.NOTE_OF_TASK.get(taskKey);
    if (noteField != null) {
      variables.put(noteField, "已办理：" + taskKey);
    }
    switch (taskKey) {
      case Element.APPOINT_REVIEW_LEADER -> variables.put(Var.REVIEW_LEADER, LEADER);
      case Element.DRAFT_REVIEW_PLAN -> variables.put(Var.REVIEW_CHECKLIST, "1. 目标明确 2. 职责清楚");
      case Element.APPROVE_REVIEW_PLAN -> variables.put(Var.PLAN_APPROVED, true);
      case Element.FORM_REVIEW_TEAM -> variables.put(Var.PLAN_CONFIRMED, true);
      case Element.APPROVE_REVIEW_REPORT -> variables.put(Var.REPORT_APPROVED, true);
      case Element.RECORD_REVIEW_MEETING -> variables.put(Var.CHECKLIST_COMPLETED, true);
      default -> { }
    }
    return variables;
  }

  /** A defect-list row as the meeting-record form submits it. */
  static Map<String, Object> defect(int number, String severity, boolean verified) {
    Map<String, Object> row = new HashMap<>();
    row.put(QualityReviewProcess.DefectField.NUMBER, number);
    row.put(QualityReviewProcess.DefectField.RAISED_BY, "王评审");
    row.put(QualityReviewProcess.DefectField.LOCATION, "第" + number + "章");
    row.put(QualityReviewProcess.DefectField.DESCRIPTION, "缺陷 " + number);
    row.put(QualityReviewProcess.DefectField.SEVERITY, severity);
    row.put(QualityReviewProcess.DefectField.PROMISED_FIX_DATE, "2026-06-30");
    row.put(QualityReviewProcess.DefectField.VERIFIED, verified);
    return row;
  }
}
