package com.wuye.bpm.security;

/**
 * The processes of 《物业品质管理手册》§5.5.5 as code sees them: {@code fire-safety-inspection} (one inspection round, started
 * on demand or by the cycle), {@code fire-safety-inspection-cycle} (the timer: Camunda 7 allows no none start event
 * next to a timer start event) and {@code fire-hazard-rectification} (one hazard until it is rectified). A released id
 * is an API.
 */
public final class FireSafetyInspectionProcess {

  public static final String KEY = "fire-safety-inspection";
  public static final String CYCLE_KEY = "fire-safety-inspection-cycle";
  public static final String HAZARD_KEY = "fire-hazard-rectification";
  public static final String DEADLINE_DECISION = "fire-hazard-deadline";

  /** Element ids of both processes. */
  public static final class Element {
    public static final String INSPECTION_REQUESTED = "inspection-requested";
    public static final String INSPECTION_DUE = "inspection-due";
    public static final String RUN_INSPECTION = "run-inspection";
    public static final String OPEN_INSPECTION = "open-inspection";
    public static final String INSPECT_FIRE_SAFETY = "inspect-fire-safety";
    public static final String LIST_HAZARDS = "list-hazards";
    public static final String RECTIFY_HAZARDS = "rectify-hazards";
    public static final String FILE_CHECKLIST = "file-checklist";
    public static final String CHECKLIST_FILED = "checklist-filed";
    // fire-hazard-rectification
    public static final String DETERMINE_DEADLINE = "determine-deadline";
    public static final String ISSUE_RECTIFICATION_NOTICE = "issue-rectification-notice";
    public static final String RECHECK_HAZARD = "recheck-hazard";
    public static final String RECTIFICATION_OVERDUE = "rectification-overdue";
    public static final String ESCALATE_OVERDUE_HAZARD = "escalate-overdue-hazard";
    public static final String OVERDUE_ESCALATED = "overdue-escalated";
    public static final String CLOSE_HAZARD = "close-hazard";
    public static final String HAZARD_RECTIFIED = "hazard-rectified";

    private Element() {}
  }

  /** Variable names of both processes. */
  public static final class Var {
    // request form
    public static final String AREA = "area";
    public static final String REASON = "reason";
    public static final String REQUESTED_BY = "requestedBy";
    // record
    public static final String INSPECTION_NUMBER = "inspectionNumber";
    // the checklist (inspect-fire-safety)
    public static final String CLUTTER_FOUND = "clutterFound";
    public static final String CLUTTER_DETAIL = "clutterDetail";
    public static final String FIRE_SOURCE_FOUND = "fireSourceFound";
    public static final String FIRE_SOURCE_DETAIL = "fireSourceDetail";
    public static final String EXTINGUISHER_MISPLACED = "extinguisherMisplaced";
    public static final String EXTINGUISHER_DETAIL = "extinguisherDetail";
    public static final String POWER_LEFT_ON = "powerLeftOn";
    public static final String POWER_DETAIL = "powerDetail";
    public static final String OTHER_HAZARD_FOUND = "otherHazardFound";
    public static final String OTHER_HAZARD_DETAIL = "otherHazardDetail";
    public static final String RESPONSIBLE_PARTY = "responsibleParty";
    public static final String INSPECTION_NOTE = "inspectionNote";
    public static final String SIGNED = "signed";
    public static final String HAZARD_TYPES = "hazardTypes";
    public static final String HAZARDS_FOUND = "hazardsFound";
    // one hazard
    public static final String HAZARD_TYPE = "hazardType";
    public static final String HAZARD_NAME = "hazardName";
    public static final String HAZARD_DETAIL = "hazardDetail";
    public static final String RECTIFICATION_DAYS = "rectificationDays";
    public static final String RECTIFICATION_DEADLINE = "rectificationDeadline";
    public static final String RECTIFIED = "rectified";
    public static final String RECHECK_NOTE = "recheckNote";
    public static final String SUPERVISOR_ACTION = "supervisorAction";

    private Var() {}
  }

  private FireSafetyInspectionProcess() {}
}
