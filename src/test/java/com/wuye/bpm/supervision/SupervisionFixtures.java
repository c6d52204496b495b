package com.wuye.bpm.supervision;

import com.wuye.bpm.supervision.QualityInspectionProcess.Var;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the supervision flows' forms submit, the happy way; a test changes only what its path needs. */
final class SupervisionFixtures {

  private SupervisionFixtures() {}

  /** The default cycles, as the application has them. */
  static SupervisionSchedule schedule() {
    return new SupervisionSchedule(new SupervisionProperties(null, null, null, null, null, null, null, null));
  }

  // quality-inspection

  static Map<String, Object> inspectionRequest() {
    return Map.of(Var.INSPECTION_REASON, "业主集中反映保洁问题，临时检查");
  }

  static Map<String, Object> team() {
    return Map.of(Var.ESTATE_CODE, "JLD", Var.TEAM_LEADER, "沈副总", Var.TEAM_MEMBERS, "陈品质\n杨总办");
  }

  static Map<String, Object> plan() {
    return Map.of(Var.PLANNED_DATE, "2026-11-25", Var.INSPECTION_AREAS, List.of("cleaning", "greening",
        "fire-equipment"), Var.SAMPLE_SIZE, 6, Var.PLAN_NOTE, "11 月 25 日上午联检，通知保洁、绿化、工程");
  }

  static Map<String, Object> siteCheck() {
    return Map.of(Var.CHECKED_AREAS, List.of("cleaning", "greening", "fire-equipment"),
        Var.SITE_RECORD, "2 栋大堂地面有污渍；3 栋消防栓箱门损坏");
  }

  static Map<String, Object> visits() {
    return Map.of(Var.VISIT_RECORD, "6 户均评价基本满意，1 户反映投诉回复慢", Var.COMPLAINTS_HANDLED, QualityInspectionProcess.YES);
  }

  static Map<String, Object> report(String majorProblems) {
    Map<String, Object> report = new HashMap<>(Map.of(Var.REPORT_SUMMARY, "总体良好，两处问题限期整改",
        Var.FINDINGS_HOUSEKEEPING, "2 栋大堂地面有污渍", Var.FINDINGS_SECURITY, "3 栋消防栓箱门损坏",
        Var.RECTIFICATION_DEADLINE, "2026-11-25", Var.MAJOR_PROBLEMS, majorProblems));
    return report;
  }

  static Map<String, Object> reportDecision(boolean approve) {
    return Map.of(Var.REPORT_DECISION, approve ? QualityInspectionProcess.APPROVE : QualityInspectionProcess.REJECT,
        Var.APPROVAL_OPINION, approve ? "同意" : "请补充住户意见");
  }

  static Map<String, Object> correctiveAction() {
    return Map.of(Var.CORRECTIVE_ACTION, "更换 3 栋消防栓箱门", Var.PREVENTIVE_ACTION, "每月检查消防设施");
  }

  static Map<String, Object> followUp(boolean rectified) {
    return Map.of(RectificationFollowUpProcess.Var.RECTIFICATION_RESULT,
        rectified ? RectificationFollowUpProcess.RECTIFIED : RectificationFollowUpProcess.NOT_RECTIFIED,
        RectificationFollowUpProcess.Var.FOLLOW_UP_NOTE, rectified ? "已整改" : "尚未整改");
  }

  // nonconformity

  static Map<String, Object> nonconformity() {
    return Map.of(NonconformityProcess.Var.RESPONSIBLE_GROUP, "engineering",
        NonconformityProcess.Var.NONCONFORMITY_SOURCE, "irregular-check",
        NonconformityProcess.Var.NONCONFORMITY_DESCRIPTION, "2 号水泵房巡检记录缺 11 月 10–12 日",
        NonconformityProcess.Var.CORRECTION_DEADLINE, "2026-11-21");
  }

  static Map<String, Object> correction() {
    return Map.of(NonconformityProcess.Var.NONCONFORMITY_CAUSE, "值班员漏记",
        NonconformityProcess.Var.CORRECTION_REPORT, "已补记并培训值班员");
  }

  static Map<String, Object> verification(boolean corrected) {
    return Map.of(NonconformityProcess.Var.VERIFICATION_RESULT,
        corrected ? NonconformityProcess.CORRECTED : NonconformityProcess.NOT_CORRECTED,
        NonconformityProcess.Var.VERIFICATION_NOTE, corrected ? "记录已补齐" : "仍缺 12 日记录");
  }

  // performance-assessment

  static Map<String, Object> schedule(String date) {
    return Map.of(PerformanceAssessmentProcess.Var.ASSESSMENT_DATE, date,
        PerformanceAssessmentProcess.Var.INSPECTORS, "张三\n李四");
  }

  static Map<String, Object> scores(String lines) {
    return Map.of(PerformanceAssessmentProcess.Var.ACCOMPANIED_BY, "王主任",
        PerformanceAssessmentProcess.Var.INSPECTOR_SCORES, lines,
        PerformanceAssessmentProcess.Var.ASSESSMENT_PROBLEMS, "");
  }

  // safety-supervision

  static Map<String, Object> tenAreas(List<String> failed) {
    return Map.of(SafetySupervisionProcess.Var.ESTATE_CODE, "JLD",
        SafetySupervisionProcess.Var.CHECKED_AREAS, SafetySupervision.AREAS,
        SafetySupervisionProcess.Var.FAILED_AREAS, failed,
        SafetySupervisionProcess.Var.SAFETY_FINDINGS, failed.isEmpty() ? "" : "3 栋消防通道堆放杂物");
  }

  static Map<String, Object> supervisionReport() {
    return Map.of(SafetySupervisionProcess.Var.SUPERVISION_REPORT, "十项已查，消防通道堆物已限期整改");
  }
}
