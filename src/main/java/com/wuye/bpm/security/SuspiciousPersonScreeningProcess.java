package com.wuye.bpm.security;

import java.util.List;

/**
 * The process {@code suspicious-person-screening} (bpmn/suspicious-person-screening.bpmn, 《物业品质管理手册》§5.5.2) as code
 * sees it: its key, the ids of the elements code and tests touch, and its variables. A released id is an API.
 */
public final class SuspiciousPersonScreeningProcess {

  public static final String KEY = "suspicious-person-screening";
  public static final String RISK_DECISION = "suspicious-person-risk";

  /** The signs a guard ticks on the start form; the inputs of {@link #RISK_DECISION}. */
  public static final List<String> SIGNS = List.of(Var.LOITERING, Var.AVOIDS_QUESTIONS, Var.CARRIES_TOOLS,
      Var.NIGHT_TIME, Var.TAILGATING, Var.NO_CLEAR_DESTINATION);

  /** Element ids. */
  public static final class Element {
    public static final String PERSON_OBSERVED = "person-observed";
    public static final String RECORD_SCREENING = "record-screening";
    public static final String ASSESS_RISK = "assess-risk";
    public static final String CHOOSE_ACTION = "choose-action";
    public static final String ALERT_SUPERVISOR = "alert-supervisor";
    public static final String INSPECT_MERGE = "inspect-merge";
    public static final String INSPECT_ITEMS = "inspect-items";
    public static final String ITEM_STATEMENT = "item-statement";
    public static final String CHECK_ID = "check-id";
    public static final String NOTIFY_SUPERVISOR = "notify-supervisor";
    public static final String QUESTION_PERSON = "question-person";
    public static final String HAND_OVER_TO_POLICE = "hand-over-to-police";
    public static final String ARCHIVE_SCREENING = "archive-screening";
    public static final String SCREENING_ARCHIVED = "screening-archived";

    private Element() {}
  }

  /** Variable names (form fields, decision inputs and outputs). */
  public static final class Var {
    // start form (observe-person)
    public static final String LOCATION = "location";
    public static final String PERSON_DESCRIPTION = "personDescription";
    public static final String LOITERING = "loitering";
    public static final String AVOIDS_QUESTIONS = "avoidsQuestions";
    public static final String CARRIES_TOOLS = "carriesTools";
    public static final String NIGHT_TIME = "nightTime";
    public static final String TAILGATING = "tailgating";
    public static final String NO_CLEAR_DESTINATION = "noClearDestination";
    public static final String OBSERVED_BY = "observedBy";
    // record and decision
    public static final String SCREENING_NUMBER = "screeningNumber";
    public static final String RISK_SCORE = "riskScore";
    public static final String RISK_LEVEL = "riskLevel";
    public static final String RECOMMENDED_ACTION = "recommendedAction";
    // what the guard and the supervisor write
    public static final String GUARD_ACTION = "guardAction";
    public static final String ITEMS_FOUND = "itemsFound";
    public static final String SUSPICIOUS_ITEMS = "suspiciousItems";
    public static final String ITEM_STATEMENT = "itemStatement";
    public static final String HAS_VALID_ID = "hasValidId";
    public static final String ID_TYPE = "idType";
    public static final String ID_NUMBER = "idNumber";
    public static final String PERSON_NAME = "personName";
    public static final String QUESTIONING_NOTE = "questioningNote";
    public static final String IS_SUSPECT = "isSuspect";
    public static final String POLICE_STATION = "policeStation";
    public static final String POLICE_RECEIPT = "policeReceipt";

    private Var() {}
  }

  private SuspiciousPersonScreeningProcess() {}
}
