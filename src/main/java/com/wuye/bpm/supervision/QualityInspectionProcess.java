package com.wuye.bpm.supervision;

import java.util.Map;

/**
 * The process {@code quality-inspection} (bpmn/quality-inspection.bpmn, 物业管理质量检查) as code sees it: its key, the
 * element ids code and tests touch, its variables. A released id is an API.
 */
public final class QualityInspectionProcess {

  public static final String KEY = "quality-inspection";

  /** Element ids. */
  public static final class Element {
    public static final String INSPECTION_REQUESTED = "inspection-requested";
    public static final String OPEN_QUALITY_INSPECTION = "open-quality-inspection";
    public static final String AUTHORISE_INSPECTION_TEAM = "authorise-inspection-team";
    public static final String WRITE_INSPECTION_PLAN = "write-inspection-plan";
    public static final String INSPECT_ON_SITE = "inspect-on-site";
    public static final String SAMPLE_HOUSEHOLDS = "sample-households";
    public static final String VISIT_HOUSEHOLDS = "visit-households";
    public static final String WRITE_INSPECTION_REPORT = "write-inspection-report";
    public static final String APPROVE_INSPECTION_REPORT = "approve-inspection-report";
    public static final String RECTIFY_FINDINGS = "rectify-findings";
    public static final String ORGANISE_CORRECTIVE_ACTION = "organise-corrective-action";
    public static final String CLOSE_QUALITY_INSPECTION = "close-quality-inspection";
    public static final String QUALITY_INSPECTION_CLOSED = "quality-inspection-closed";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    public static final String INSPECTION_NUMBER = "inspectionNumber";
    public static final String REQUESTED_BY = "requestedBy";
    public static final String INSPECTION_REASON = "inspectionReason";
    public static final String ESTATE_CODE = "estateCode";
    public static final String ESTATE_NAME = "estateName";
    public static final String TEAM_LEADER = "teamLeader";
    public static final String TEAM_MEMBERS = "teamMembers";
    public static final String PLANNED_DATE = "plannedDate";
    public static final String INSPECTION_AREAS = "inspectionAreas";
    public static final String SAMPLE_SIZE = "sampleSize";
    public static final String PLAN_NOTE = "planNote";
    public static final String CHECKED_AREAS = "checkedAreas";
    public static final String SITE_RECORD = "siteRecord";
    public static final String SAMPLED_HOUSEHOLDS = "sampledHouseholds";
    public static final String VISIT_RECORD = "visitRecord";
    public static final String COMPLAINTS_HANDLED = "complaintsHandled";
    public static final String REPORT_SUMMARY = "reportSummary";
    public static final String FINDINGS_HOUSEKEEPING = "findingsHousekeeping";
    public static final String FINDINGS_ENGINEERING = "findingsEngineering";
    public static final String FINDINGS_SECURITY = "findingsSecurity";
    public static final String FINDINGS_CUSTOMER_SERVICE = "findingsCustomerService";
    public static final String RECTIFICATION_DEADLINE = "rectificationDeadline";
    public static final String MAJOR_PROBLEMS = "majorProblems";
    public static final String REPORT_DECISION = "reportDecision";
    public static final String APPROVAL_OPINION = "approvalOpinion";
    public static final String CORRECTIVE_ACTION = "correctiveAction";
    public static final String PREVENTIVE_ACTION = "preventiveAction";

    private Var() {}
  }

  /** The areas of the on-site check (§5.2.1), as the forms' checklists send them. */
  public static final Map<String, String> AREAS = Map.of(
      "cleaning", "清洁卫生", "greening", "绿化", "buildings", "建筑物", "fire-equipment", "消防设备",
      "common-equipment", "公共设备管理", "staff-work", "员工工作情况");

  /** The report's problem fields and the group each one's rectification notices go to. */
  public static final Map<String, String> FINDINGS_GROUPS = Map.of(
      Var.FINDINGS_HOUSEKEEPING, "housekeeping",
      Var.FINDINGS_ENGINEERING, "engineering",
      Var.FINDINGS_SECURITY, "security",
      Var.FINDINGS_CUSTOMER_SERVICE, "customer-service");

  /** Values of the report's radio groups. */
  public static final String YES = "yes";
  public static final String NO = "no";
  public static final String APPROVE = "approve";
  public static final String REJECT = "reject";

  /** The cycle that starts the quarterly inspection (bpmn/quality-inspection-cycle.bpmn). */
  public static final String CYCLE_KEY = "quality-inspection-cycle";

  private QualityInspectionProcess() {}
}
