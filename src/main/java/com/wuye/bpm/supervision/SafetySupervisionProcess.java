package com.wuye.bpm.supervision;

/**
 * The process {@code safety-supervision} (bpmn/safety-supervision.bpmn, “十必查”要点督导) as code sees it: its key, the
 * element ids code and tests touch, its variables.
 */
public final class SafetySupervisionProcess {

  public static final String KEY = "safety-supervision";

  /** Element ids. */
  public static final class Element {
    public static final String SUPERVISION_REQUESTED = "supervision-requested";
    public static final String OPEN_SAFETY_SUPERVISION = "open-safety-supervision";
    public static final String CHECK_TEN_AREAS = "check-ten-areas";
    public static final String ASSIGN_AREA_RESPONSIBILITY = "assign-area-responsibility";
    public static final String RECTIFY_SAFETY_FINDINGS = "rectify-safety-findings";
    public static final String WRITE_SUPERVISION_REPORT = "write-supervision-report";
    public static final String FILE_SUPERVISION_REPORT = "file-supervision-report";
    public static final String SUPERVISION_FILED = "supervision-filed";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    /** from the start form or the cycle: {@code daily}, {@code monthly} or {@code quarterly} */
    public static final String SUPERVISION_LEVEL = "supervisionLevel";
    public static final String SUPERVISION_LEVEL_NAME = "supervisionLevelName";
    public static final String SUPERVISION_NUMBER = "supervisionNumber";
    /** the candidate group of the team's tasks */
    public static final String SUPERVISION_TEAM = "supervisionTeam";
    public static final String ESTATE_CODE = "estateCode";
    public static final String CHECKED_AREAS = "checkedAreas";
    public static final String FAILED_AREAS = "failedAreas";
    public static final String SAFETY_FINDINGS = "safetyFindings";
    public static final String SUPERVISION_REPORT = "supervisionReport";

    private Var() {}
  }

  /** The cycles that start a supervision of each level. */
  public static final String DAILY_CYCLE_KEY = "daily-safety-supervision-cycle";
  public static final String MONTHLY_CYCLE_KEY = "monthly-safety-supervision-cycle";
  public static final String QUARTERLY_CYCLE_KEY = "quarterly-safety-supervision-cycle";

  private SafetySupervisionProcess() {}
}
