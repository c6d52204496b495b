package com.wuye.bpm.quality;

import java.util.Map;

/**
 * The process {@code quality-plan} (bpmn/quality-plan.bpmn, 服务实现策划与质量计划, 《服务实现》7.1 §4.4–4.6) as code sees it:
 * its key, the element ids code and tests touch, its variables. A released id is an API.
 */
public final class QualityPlanProcess {

  public static final String KEY = "quality-plan";

  /** Element ids. */
  public static final class Element {
    public static final String QUALITY_PLAN_DRAFTED = "quality-plan-drafted";
    public static final String REGISTER_QUALITY_PLAN = "register-quality-plan";
    public static final String REVIEW_QUALITY_PLAN = "review-quality-plan";
    public static final String APPROVE_QUALITY_PLAN = "approve-quality-plan";
    public static final String REVISE_QUALITY_PLAN = "revise-quality-plan";
    public static final String DISTRIBUTE_QUALITY_PLAN = "distribute-quality-plan";
    public static final String CHECK_PLAN_IMPLEMENTATION = "check-plan-implementation";
    public static final String REPORT_CHECK_TO_GENERAL_MANAGER = "report-check-to-general-manager";
    public static final String ACCEPT_ACTIVITY_RESULTS = "accept-activity-results";
    public static final String WRITE_ACTIVITY_SUMMARY = "write-activity-summary";
    public static final String FILE_ACTIVITY_SUMMARY = "file-activity-summary";
    public static final String FILE_QUALITY_PLAN = "file-quality-plan";
    public static final String QUALITY_PLAN_FILED = "quality-plan-filed";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    // the plan (start form)
    public static final String PLAN_NAME = "planName";
    public static final String PROJECT_NAME = "projectName";
    public static final String DEPARTMENT = "department";
    public static final String AUTHOR = "author";
    public static final String PLAN_CONTENT = "planContent";
    public static final String ACCEPTANCE_CRITERIA = "acceptanceCriteria";
    public static final String DRAFTED_BY = "draftedBy";
    // record and routing
    public static final String PLAN_NUMBER = "planNumber";
    public static final String REVIEW_PASSED = "reviewPassed";
    public static final String PLAN_APPROVED = "planApproved";
    public static final String ACTIVITY_FINISHED = "activityFinished";
    public static final String ACCEPTANCE_PASSED = "acceptancePassed";
    public static final String CHECK_NO = "checkNo";
    // what people write in the task forms
    public static final String REVIEW_OPINION = "reviewOpinion";
    public static final String APPROVAL_OPINION = "approvalOpinion";
    public static final String REVISION_NOTE = "revisionNote";
    public static final String ISSUE_DATE = "issueDate";
    public static final String DISTRIBUTION_LIST = "distributionList";
    public static final String CHECK_DATE = "checkDate";
    public static final String CHECKED_ITEMS = "checkedItems";
    public static final String CHECK_FINDINGS = "checkFindings";
    public static final String ACCEPTANCE_NOTE = "acceptanceNote";
    public static final String ACTIVITY_SUMMARY = "activitySummary";
    public static final String FILING_LOCATION = "filingLocation";

    private Var() {}
  }

  /** For each user task, the form field that holds what the person wrote, kept as the step's note. */
  static final Map<String, String> NOTE_OF_TASK = Map.of(
      Element.REVIEW_QUALITY_PLAN, Var.REVIEW_OPINION,
      Element.APPROVE_QUALITY_PLAN, Var.APPROVAL_OPINION,
      Element.REVISE_QUALITY_PLAN, Var.REVISION_NOTE,
      Element.DISTRIBUTE_QUALITY_PLAN, Var.DISTRIBUTION_LIST,
      Element.CHECK_PLAN_IMPLEMENTATION, Var.CHECK_FINDINGS,
      Element.ACCEPT_ACTIVITY_RESULTS, Var.ACCEPTANCE_NOTE,
      Element.WRITE_ACTIVITY_SUMMARY, Var.ACTIVITY_SUMMARY,
      Element.FILE_ACTIVITY_SUMMARY, Var.FILING_LOCATION);

  private QualityPlanProcess() {}
}
