package com.wuye.bpm.supervision;

/**
 * The process {@code safety-supervision} (bpmn/safety-supervision.bpmn, “十必查”要点督导) as code sees it: its key, the
 * element ids code and tests touch, its variables.
 */
public final class SafetySupervisionProcess {

  public static final String KEY = "safety-supervision";

  /** Element ids. */
  public static final class Element {
    public static final String DAILY_SUPERVISION_DUE = "daily-supervision-due";
    public static final String MONTHLY_SUPERVISION_DUE = "monthly-supervision-due";
    public static final String QUARTERLY_SUPERVISION_DUE = "quarterly-supervision-due";
    public static final String OPEN_DAILY_SUPERVISION = "open-daily-supervision";
    public static final String OPEN_MONTHLY_SUPERVISION = "open-monthly-supervision";
    public static final String OPEN_QUARTERLY_SUPERVISION = "open-quarterly-supervision";
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
    /** input of the open tasks: {@code daily}, {@code monthly} or {@code quarterly} */
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

  private SafetySupervisionProcess() {}
}
