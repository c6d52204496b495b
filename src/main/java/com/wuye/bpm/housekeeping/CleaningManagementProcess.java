package com.wuye.bpm.housekeeping;

import java.util.Set;

/**
 * The processes {@code cleaning-management} and {@code cleaning-daily-check} (bpmn/cleaning-*.bpmn,
 * 《物业品质管理手册》 §5.6) as code sees them.
 */
public final class CleaningManagementProcess {

  public static final String KEY = "cleaning-management";
  public static final String DAILY_CHECK_KEY = "cleaning-daily-check";

  /** Element ids. */
  public static final class Element {
    public static final String REGULATIONS_DRAFTED = "regulations-drafted";
    public static final String REGISTER_CLEANING_REGULATIONS = "register-cleaning-regulations";
    public static final String REVIEW_CLEANING_REGULATIONS = "review-cleaning-regulations";
    public static final String APPROVE_CLEANING_REGULATIONS = "approve-cleaning-regulations";
    public static final String REVISE_CLEANING_REGULATIONS = "revise-cleaning-regulations";
    public static final String REGULATIONS_WITHDRAWN = "regulations-withdrawn";
    public static final String PUT_REGULATIONS_IN_FORCE = "put-regulations-in-force";
    public static final String ORGANISE_REGULATIONS_STUDY = "organise-regulations-study";
    public static final String REGULATIONS_IN_FORCE = "regulations-in-force";
    // cleaning-daily-check
    public static final String CHECK_DAY_STARTED = "check-day-started";
    public static final String OPEN_DAILY_CLEANING_CHECK = "open-daily-cleaning-check";
    public static final String PRE_SHIFT_CHECK = "pre-shift-check";
    public static final String SELF_CHECK_CLEANING = "self-check-cleaning";
    public static final String IMPROVE_CLEANING_WORK = "improve-cleaning-work";
    public static final String RECORD_DAILY_CLEANING_CHECK = "record-daily-cleaning-check";
    public static final String CHECK_DAY_DONE = "check-day-done";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    public static final String REGULATIONS_TITLE = "regulationsTitle";
    public static final String REGULATIONS_CONTENT = "regulationsContent";
    public static final String REVISION_REASON = "revisionReason";
    public static final String DRAFTED_BY = "draftedBy";
    public static final String REGULATIONS_NUMBER = "regulationsNumber";
    public static final String REGULATIONS_VERSION = "regulationsVersion";
    public static final String QUALITY_APPROVAL = "qualityApproval";
    public static final String QUALITY_APPROVAL_NOTE = "qualityApprovalNote";
    public static final String GENERAL_MANAGER_APPROVAL = "generalManagerApproval";
    public static final String GENERAL_MANAGER_APPROVAL_NOTE = "generalManagerApprovalNote";
    public static final String RESUBMIT = "resubmit";
    public static final String WITHDRAW_REASON = "withdrawReason";
    public static final String STUDIED_ON = "studiedOn";
    public static final String ATTENDEES = "attendees";
    public static final String STUDY_NOTE = "studyNote";
    // cleaning-daily-check
    public static final String CHECK_NUMBER = "checkNumber";
    public static final String CHECK_DATE_TEXT = "checkDateText";
    public static final String CHECK_DUE = "checkDue";
    public static final String CHECKED_AREAS = "checkedAreas";
    public static final String SELF_CHECK_RESULT = "selfCheckResult";
    public static final String SELF_CHECK_PROBLEMS = "selfCheckProblems";
    public static final String IMPROVEMENT = "improvement";
    public static final String STAFF_PRESENT = "staffPresent";
    public static final String APPEARANCE_AND_TOOLS = "appearanceAndTools";
    public static final String MEETING_NOTES = "meetingNotes";
    public static final String OWNER_SUGGESTIONS = "ownerSuggestions";

    private Var() {}
  }

  /** Values the gateways and forms compare. */
  public static final class Value {
    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";
    public static final String RESUBMIT = "resubmit";
    public static final String WITHDRAW = "withdraw";
    public static final Set<String> RESUBMIT_CHOICES = Set.of(RESUBMIT, WITHDRAW);
    public static final String PASS = "pass";
    public static final String FAIL = "fail";
    public static final Set<String> RESULTS = Set.of(PASS, FAIL);

    private Value() {}
  }

  private CleaningManagementProcess() {}
}
