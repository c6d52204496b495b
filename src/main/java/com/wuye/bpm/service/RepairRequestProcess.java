package com.wuye.bpm.service;

import java.util.Set;

/**
 * The process {@code repair-request} (bpmn/repair-request.bpmn) as code sees it: its key, the ids of the elements
 * code and tests touch, its variables and the values its gateways compare. A released id is an API: do not rename.
 */
public final class RepairRequestProcess {

  public static final String KEY = "repair-request";
  public static final String PRIORITY_DECISION = "repair-priority";

  /** Element ids. */
  public static final class Element {
    public static final String REPAIR_REPORTED = "repair-reported";
    public static final String REGISTER_REPAIR = "register-repair";
    public static final String TRIAGE_REPAIR = "triage-repair";
    public static final String DISPATCH_REPAIR = "dispatch-repair";
    public static final String SURVEY_REPAIR = "survey-repair";
    public static final String RESPONSE_OVERDUE = "response-overdue";
    public static final String ESCALATE_OVERDUE_REPAIR = "escalate-overdue-repair";
    public static final String ESCALATION_HANDLED = "escalation-handled";
    public static final String CARRY_OUT_REPAIR = "carry-out-repair";
    public static final String FILE_REPAIR_RECORD = "file-repair-record";
    public static final String CALLBACK_REPAIR = "callback-repair";
    public static final String REVIEW_REPAIR_CALLBACK = "review-repair-callback";
    public static final String REOPEN_REPAIR = "reopen-repair";
    public static final String CLOSE_REPAIR = "close-repair";
    public static final String REPAIR_CLOSED = "repair-closed";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    // intake (start form, POST /api/repairs)
    public static final String REPORTER_NAME = "reporterName";
    public static final String UNIT = "unit";
    public static final String PHONE = "phone";
    public static final String CHANNEL = "channel";
    public static final String CATEGORY = "category";
    public static final String LOCATION = "location";
    public static final String DESCRIPTION = "description";
    public static final String URGENT = "urgent";
    public static final String RECEIVED_BY = "receivedBy";
    // record and routing
    public static final String REPAIR_NUMBER = "repairNumber";
    public static final String PRIORITY = "priority";
    public static final String RESPONSE_MINUTES = "responseMinutes";
    public static final String CHARGEABLE = "chargeable";
    public static final String CALLBACK_RESULT = "callbackResult";
    // what people write in the task forms
    public static final String SURVEY_FINDINGS = "surveyFindings";
    public static final String REPAIR_PLAN = "repairPlan";
    public static final String SUPERVISOR_ACTION = "supervisorAction";
    public static final String REPAIR_WORK = "repairWork";
    public static final String MATERIALS_USED = "materialsUsed";
    public static final String CHARGE_AMOUNT = "chargeAmount";
    public static final String RECEIPT_NUMBER = "receiptNumber";
    public static final String LEDGER_NOTE = "ledgerNote";
    public static final String CALLBACK_NOTE = "callbackNote";
    public static final String ENGINEERING_OPINION = "engineeringOpinion";

    private Var() {}
  }

  /** The values of {@link Var#CALLBACK_RESULT} (回访业主, a radio group without default). */
  public static final String SATISFIED = "satisfied";
  public static final String UNSATISFIED = "unsatisfied";
  static final Set<String> CALLBACK_RESULTS = Set.of(SATISFIED, UNSATISFIED);

  private RepairRequestProcess() {}
}
