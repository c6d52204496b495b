package com.wuye.bpm.quality;

import java.util.Map;

/**
 * The process {@code quality-manual} (bpmn/quality-manual.bpmn, 质量管理手册编写 §5.3) as code sees it: its key, the
 * element ids code and tests touch, its variables. A released id is an API.
 */
public final class QualityManualProcess {

  public static final String KEY = "quality-manual";

  /** Element ids. */
  public static final class Element {
    public static final String MANUAL_WRITING_STARTED = "manual-writing-started";
    public static final String REGISTER_QUALITY_MANUAL = "register-quality-manual";
    public static final String RECORD_CONSULTANT_TRAINING = "record-consultant-training";
    public static final String DRAFT_WRITING_PLAN = "draft-writing-plan";
    public static final String ASSIGN_WRITING_TASKS = "assign-writing-tasks";
    public static final String WRITE_MANUAL_SECTIONS = "write-manual-sections";
    public static final String COLLECT_WRITING_ISSUES = "collect-writing-issues";
    public static final String COMPILE_FIRST_DRAFT = "compile-first-draft";
    public static final String RECORD_CONSULTANT_REVISION = "record-consultant-revision";
    public static final String REVIEW_MANUAL_DRAFT = "review-manual-draft";
    public static final String REVISE_MANUAL = "revise-manual";
    public static final String APPROVE_QUALITY_MANUAL = "approve-quality-manual";
    public static final String ARCHIVE_QUALITY_MANUAL = "archive-quality-manual";
    public static final String RELEASE_MANUAL_VERSION = "release-manual-version";
    public static final String QUALITY_MANUAL_RELEASED = "quality-manual-released";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    public static final String MANUAL_TITLE = "manualTitle";
    public static final String MANUAL_VERSION = "manualVersion";
    public static final String CONSULTANT = "consultant";
    public static final String STARTED_BY = "startedBy";
    public static final String MANUAL_NUMBER = "manualNumber";
    public static final String WRITING_DEPARTMENTS = "writingDepartments";
    public static final String WRITING_GROUPS = "writingGroups";
    public static final String HAS_QUESTIONS = "hasQuestions";
    public static final String QUESTIONS = "questions";
    public static final String CHANGES_NEEDED = "changesNeeded";
    public static final String MANUAL_APPROVED = "manualApproved";
    public static final String TRAINING_DATE = "trainingDate";
    public static final String TRAINING_NOTE = "trainingNote";
    public static final String WRITING_PLAN = "writingPlan";
    public static final String TASK_ASSIGNMENT = "taskAssignment";
    public static final String SECTIONS_NOTE = "sectionsNote";
    public static final String WRITING_GUIDANCE = "writingGuidance";
    public static final String DRAFT_NOTE = "draftNote";
    public static final String CONSULTANT_REVISION = "consultantRevision";
    public static final String MANUAL_REVIEW_OPINION = "manualReviewOpinion";
    public static final String MANUAL_REVISION_NOTE = "manualRevisionNote";
    public static final String MANUAL_APPROVAL_OPINION = "manualApprovalOpinion";
    public static final String ARCHIVE_LOCATION = "archiveLocation";
    public static final String EFFECTIVE_DATE = "effectiveDate";

    private Var() {}
  }

  /** For each user task, the form field that holds what the person wrote, kept as the step's note. */
  static final Map<String, String> NOTE_OF_TASK = Map.ofEntries(
      Map.entry(Element.RECORD_CONSULTANT_TRAINING, Var.TRAINING_NOTE),
      Map.entry(Element.DRAFT_WRITING_PLAN, Var.WRITING_PLAN),
      Map.entry(Element.ASSIGN_WRITING_TASKS, Var.TASK_ASSIGNMENT),
      Map.entry(Element.WRITE_MANUAL_SECTIONS, Var.SECTIONS_NOTE),
      Map.entry(Element.COLLECT_WRITING_ISSUES, Var.WRITING_GUIDANCE),
      Map.entry(Element.COMPILE_FIRST_DRAFT, Var.DRAFT_NOTE),
      Map.entry(Element.RECORD_CONSULTANT_REVISION, Var.CONSULTANT_REVISION),
      Map.entry(Element.REVIEW_MANUAL_DRAFT, Var.MANUAL_REVIEW_OPINION),
      Map.entry(Element.REVISE_MANUAL, Var.MANUAL_REVISION_NOTE),
      Map.entry(Element.APPROVE_QUALITY_MANUAL, Var.MANUAL_APPROVAL_OPINION),
      Map.entry(Element.ARCHIVE_QUALITY_MANUAL, Var.ARCHIVE_LOCATION));

  /** Stages of a manual version (版本历史). */
  static final String DRAFT = "DRAFT";
  static final String CONSULTANT_REVISED = "CONSULTANT_REVISED";
  static final String REVISED = "REVISED";
  static final String APPROVED = "APPROVED";
  static final String RELEASED = "RELEASED";

  private QualityManualProcess() {}
}
