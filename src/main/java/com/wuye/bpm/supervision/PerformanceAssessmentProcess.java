package com.wuye.bpm.supervision;

/**
 * The process {@code performance-assessment} (bpmn/performance-assessment.bpmn, 项目绩效考核) as code sees it: its key,
 * the element ids code and tests touch, its variables and its decision.
 */
public final class PerformanceAssessmentProcess {

  public static final String KEY = "performance-assessment";
  /** dmn/assessment-pay-adjustment.dmn: input {@code score}, output {@code payAdjustmentPercent} */
  public static final String PAY_DECISION = "assessment-pay-adjustment";

  /** Element ids. */
  public static final class Element {
    public static final String ASSESSMENT_REQUESTED = "assessment-requested";
    public static final String OPEN_ASSESSMENT = "open-assessment";
    public static final String SCHEDULE_ASSESSMENT = "schedule-assessment";
    public static final String SCORE_PROJECT = "score-project";
    public static final String SUMMARY_OVERDUE = "summary-overdue";
    public static final String REMIND_ASSESSMENT_SUMMARY = "remind-assessment-summary";
    public static final String SUMMARY_REMINDED = "summary-reminded";
    public static final String COMPUTE_ASSESSMENT_RESULTS = "compute-assessment-results";
    public static final String REPORT_ASSESSMENT_RESULTS = "report-assessment-results";
    public static final String RECTIFY_ASSESSMENT_FINDINGS = "rectify-assessment-findings";
    public static final String CLOSE_ASSESSMENT = "close-assessment";
    public static final String ASSESSMENT_CLOSED = "assessment-closed";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    /** from the start form or the cycle: {@code company} or {@code branch} */
    public static final String ASSESSMENT_LEVEL = "assessmentLevel";
    public static final String ASSESSMENT_LEVEL_NAME = "assessmentLevelName";
    public static final String ASSESSMENT_NUMBER = "assessmentNumber";
    public static final String ASSESSMENT_PERIOD = "assessmentPeriod";
    /** the candidate group of the team's tasks */
    public static final String ASSESSMENT_TEAM = "assessmentTeam";
    public static final String PROJECT_CODES = "projectCodes";
    public static final String PROJECT_NAMES = "projectNames";
    /** before the 5th of the next month: the summary table's deadline (a boundary timer on the scoring) */
    public static final String SUMMARY_DUE_AT = "summaryDueAt";
    public static final String ASSESSMENT_DATE = "assessmentDate";
    public static final String INSPECTORS = "inspectors";
    /** one scoring task's project (multi-instance element) and what its form shows */
    public static final String PROJECT_CODE = "projectCode";
    public static final String PROJECT_NAME = "projectName";
    public static final String BRANCH_NAME = "branchName";
    public static final String PREVIOUS_RECTIFICATION = "previousRectification";
    public static final String ACCOMPANIED_BY = "accompaniedBy";
    public static final String INSPECTOR_SCORES = "inspectorScores";
    public static final String ASSESSMENT_PROBLEMS = "assessmentProblems";
    /** the decision's input */
    public static final String SCORE = "score";

    private Var() {}
  }

  /** The cycles that start a round of each level (bpmn/company-assessment-cycle.bpmn, branch-assessment-cycle.bpmn). */
  public static final String COMPANY_CYCLE_KEY = "company-assessment-cycle";
  public static final String BRANCH_CYCLE_KEY = "branch-assessment-cycle";

  private PerformanceAssessmentProcess() {}
}
