package com.wuye.bpm.quality;

import java.util.Map;

/**
 * The process {@code quality-review} (bpmn/quality-review.bpmn, 质量评审 §5.2) as code sees it: its key, the ids
 * of the elements code and tests touch, its variables and gateway values. A released id is an API.
 */
public final class QualityReviewProcess {

  public static final String KEY = "quality-review";
  public static final String LEVEL_DECISION = "review-level";
  public static final String CONCLUSION_DECISION = "review-conclusion";

  /** Element ids. */
  public static final class Element {
    public static final String REVIEW_REQUESTED = "review-requested";
    public static final String REGISTER_REVIEW = "register-review";
    public static final String CONFIRM_REVIEW_ITEMS = "confirm-review-items";
    public static final String DETERMINE_REVIEW_LEVEL = "determine-review-level";
    public static final String APPOINT_REVIEW_LEADER = "appoint-review-leader";
    public static final String STUDY_REVIEW_PROJECT = "study-review-project";
    public static final String DRAFT_REVIEW_PLAN = "draft-review-plan";
    public static final String APPROVE_REVIEW_PLAN = "approve-review-plan";
    public static final String FORM_REVIEW_TEAM = "form-review-team";
    public static final String PUBLISH_REVIEW_PLAN = "publish-review-plan";
    public static final String PRE_REVIEW_DOCUMENTS = "pre-review-documents";
    public static final String REVISE_DOCUMENTS = "revise-documents";
    public static final String PREPARE_REVIEW_MEETING = "prepare-review-meeting";
    public static final String HOLD_REVIEW_MEETING = "hold-review-meeting";
    public static final String RECORD_REVIEW_MEETING = "record-review-meeting";
    public static final String CONCLUDE_REVIEW = "conclude-review";
    public static final String WRITE_REVIEW_REPORT = "write-review-report";
    public static final String APPROVE_REVIEW_REPORT = "approve-review-report";
    public static final String FIX_DEFECTS = "fix-defects";
    public static final String VERIFY_DEFECT_FIXES = "verify-defect-fixes";
    public static final String START_REGRESSION_REVIEW = "start-regression-review";
    public static final String SUMMARIZE_REVIEW = "summarize-review";
    public static final String ARCHIVE_REVIEW_MATERIALS = "archive-review-materials";
    public static final String ARCHIVE_REVIEW = "archive-review";
    public static final String REVIEW_ARCHIVED = "review-archived";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    // request (start form, REST)
    public static final String PROJECT_NAME = "projectName";
    public static final String DEPARTMENT = "department";
    public static final String PROJECT_SCALE = "projectScale";
    public static final String CRITICAL = "critical";
    public static final String REVIEW_ITEMS = "reviewItems";
    public static final String DOCUMENT_TITLE = "documentTitle";
    public static final String DOCUMENT_VERSION = "documentVersion";
    public static final String DOCUMENT_AUTHOR = "documentAuthor";
    public static final String REQUESTED_BY = "requestedBy";
    // record and routing
    public static final String REVIEW_NUMBER = "reviewNumber";
    public static final String REVIEW_ROUND = "reviewRound";
    public static final String REVIEW_TYPE = "reviewType";
    public static final String REVIEW_LEVEL = "reviewLevel";
    public static final String REQUIRED_ROLES = "requiredRoles";
    public static final String REVIEW_LEADER = "reviewLeader";
    public static final String PLAN_APPROVED = "planApproved";
    public static final String REPORT_APPROVED = "reportApproved";
    public static final String DEFECTS = "defects";
    public static final String SERIOUS_DEFECTS = "seriousDefects";
    public static final String GENERAL_DEFECTS = "generalDefects";
    public static final String SUGGESTIONS = "suggestions";
    public static final String OPEN_DEFECTS = "openDefects";
    public static final String CONCLUSION = "conclusion";
    public static final String REGRESSION_REVIEW = "regressionReview";
    // what people write in the task forms
    public static final String ITEMS_CONFIRMATION = "itemsConfirmation";
    public static final String LEADER_CONSULTATION = "leaderConsultation";
    public static final String PROJECT_UNDERSTANDING = "projectUnderstanding";
    public static final String REVIEW_PLAN = "reviewPlan";
    public static final String REVIEW_CHECKLIST = "reviewChecklist";
    public static final String PLAN_OPINION = "planOpinion";
    public static final String REVIEWERS = "reviewers";
    public static final String PLAN_CONFIRMED = "planConfirmed";
    public static final String PRE_REVIEW_FINDINGS = "preReviewFindings";
    public static final String REVISION_NOTE = "revisionNote";
    public static final String MEETING_ARRANGEMENT = "meetingArrangement";
    public static final String MEETING_MINUTES = "meetingMinutes";
    public static final String OVERALL_RECORD = "overallRecord";
    public static final String CHECKLIST_COMPLETED = "checklistCompleted";
    public static final String REVIEW_REPORT = "reviewReport";
    public static final String REPORT_OPINION = "reportOpinion";
    public static final String FIX_NOTE = "fixNote";
    public static final String VERIFICATION_NOTE = "verificationNote";
    public static final String REVIEW_SUMMARY = "reviewSummary";
    public static final String ARCHIVE_LOCATION = "archiveLocation";

    private Var() {}
  }

  /** Fields of one row of the defect list (缺陷记录) in the meeting-record and verification forms. */
  public static final class DefectField {
    public static final String NUMBER = "defectNo";
    public static final String RAISED_BY = "raisedBy";
    public static final String LOCATION = "location";
    public static final String DESCRIPTION = "description";
    public static final String SEVERITY = "severity";
    public static final String PROMISED_FIX_DATE = "promisedFixDate";
    public static final String VERIFIED = "verified";

    private DefectField() {}
  }

  /** Review types (评审类型). */
  public static final String FIRST_REVIEW = "first";
  public static final String REGRESSION = "regression";

  /** For each user task, the form field that holds what the person wrote, kept as the step's note. */
  static final Map<String, String> NOTE_OF_TASK = Map.ofEntries(
      Map.entry(Element.CONFIRM_REVIEW_ITEMS, Var.ITEMS_CONFIRMATION),
      Map.entry(Element.APPOINT_REVIEW_LEADER, Var.LEADER_CONSULTATION),
      Map.entry(Element.STUDY_REVIEW_PROJECT, Var.PROJECT_UNDERSTANDING),
      Map.entry(Element.DRAFT_REVIEW_PLAN, Var.REVIEW_PLAN),
      Map.entry(Element.APPROVE_REVIEW_PLAN, Var.PLAN_OPINION),
      Map.entry(Element.FORM_REVIEW_TEAM, Var.REVIEWERS),
      Map.entry(Element.PRE_REVIEW_DOCUMENTS, Var.PRE_REVIEW_FINDINGS),
      Map.entry(Element.REVISE_DOCUMENTS, Var.REVISION_NOTE),
      Map.entry(Element.PREPARE_REVIEW_MEETING, Var.MEETING_ARRANGEMENT),
      Map.entry(Element.HOLD_REVIEW_MEETING, Var.MEETING_MINUTES),
      Map.entry(Element.RECORD_REVIEW_MEETING, Var.OVERALL_RECORD),
      Map.entry(Element.WRITE_REVIEW_REPORT, Var.REVIEW_REPORT),
      Map.entry(Element.APPROVE_REVIEW_REPORT, Var.REPORT_OPINION),
      Map.entry(Element.FIX_DEFECTS, Var.FIX_NOTE),
      Map.entry(Element.VERIFY_DEFECT_FIXES, Var.VERIFICATION_NOTE),
      Map.entry(Element.SUMMARIZE_REVIEW, Var.REVIEW_SUMMARY),
      Map.entry(Element.ARCHIVE_REVIEW_MATERIALS, Var.ARCHIVE_LOCATION));

  private QualityReviewProcess() {}
}
