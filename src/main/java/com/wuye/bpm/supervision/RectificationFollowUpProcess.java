package com.wuye.bpm.supervision;

/**
 * The process {@code rectification-follow-up} (bpmn/rectification-follow-up.bpmn, 整改跟踪) as code sees it; called
 * with the caller's business key by quality-inspection, performance-assessment and safety-supervision.
 */
public final class RectificationFollowUpProcess {

  public static final String KEY = "rectification-follow-up";

  /** Element ids. */
  public static final class Element {
    public static final String ISSUE_RECTIFICATION_NOTICES = "issue-rectification-notices";
    public static final String RECTIFICATION_DUE = "rectification-due";
    public static final String FOLLOW_UP_RECTIFICATION = "follow-up-rectification";
    public static final String REVIEW_RECTIFICATION = "review-rectification";
    public static final String RECTIFICATION_COMPLETE = "rectification-complete";
    public static final String NOTHING_TO_RECTIFY = "nothing-to-rectify";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    /** in: the group that follows up (the caller's team) */
    public static final String FOLLOW_UP_GROUP = "followUpGroup";
    public static final String NOTICES_ISSUED = "noticesIssued";
    public static final String OPEN_NOTICES = "openNotices";
    public static final String DUE_AT = "rectificationDueAt";
    public static final String ALL_RECTIFIED = "allRectified";
    /** the notice of one follow-up task (multi-instance element) */
    public static final String NOTICE_NUMBER = "noticeNumber";
    public static final String NOTICE_DEPARTMENT = "noticeDepartment";
    public static final String NOTICE_PROBLEM = "noticeProblem";
    public static final String NOTICE_DEADLINE = "noticeDeadline";
    // the follow-up form
    public static final String RECTIFICATION_RESULT = "rectificationResult";
    public static final String FOLLOW_UP_NOTE = "followUpNote";

    private Var() {}
  }

  /** Values of {@link Var#RECTIFICATION_RESULT}. */
  public static final String RECTIFIED = "rectified";
  public static final String NOT_RECTIFIED = "not-rectified";

  private RectificationFollowUpProcess() {}
}
