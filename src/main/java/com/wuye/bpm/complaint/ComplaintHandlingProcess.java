package com.wuye.bpm.complaint;

import java.util.Set;

/**
 * The process {@code complaint-handling} (bpmn/complaint-handling.bpmn) as code sees it: its key, the ids of
 * the elements code and tests touch, and its variables. A released id is an API: do not rename.
 */
public final class ComplaintHandlingProcess {

  public static final String KEY = "complaint-handling";
  public static final String CLASSIFICATION_DECISION = "complaint-classification";

  /** Element ids. */
  public static final class Element {
    public static final String COMPLAINT_RECEIVED = "complaint-received";
    public static final String RECORD_COMPLAINT = "record-complaint";
    public static final String CLASSIFY_COMPLAINT = "classify-complaint";
    public static final String ASSIGN_RESPONSIBLE_GROUP = "assign-responsible-group";
    public static final String ACKNOWLEDGE_COMPLAINT = "acknowledge-complaint";
    public static final String RESPONSE_OVERDUE = "response-overdue";
    public static final String ESCALATE_OVERDUE_COMPLAINT = "escalate-overdue-complaint";
    public static final String ESCALATION_HANDLED = "escalation-handled";
    public static final String HANDLE_COMPLAINT = "handle-complaint";
    public static final String RECORD_HANDLING_RESULT = "record-handling-result";
    public static final String CALLBACK = "callback";
    public static final String REOPEN_COMPLAINT = "reopen-complaint";
    public static final String REVIEW_REOPENED_COMPLAINT = "review-reopened-complaint";
    public static final String QUALITY_MANAGER_INVOLVED = "quality-manager-involved";
    public static final String CLOSE_COMPLAINT = "close-complaint";
    public static final String COMPLAINT_CLOSED = "complaint-closed";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    // intake (start form, REST)
    public static final String OWNER_NAME = "ownerName";
    public static final String UNIT = "unit";
    public static final String PHONE = "phone";
    public static final String CHANNEL = "channel";
    public static final String CATEGORY = "category";
    public static final String DESCRIPTION = "description";
    public static final String URGENT = "urgent";
    public static final String RECEIVED_BY = "receivedBy";
    // record and routing
    public static final String COMPLAINT_NUMBER = "complaintNumber";
    public static final String RESPONSIBLE_GROUP = "responsibleGroup";
    public static final String PRIORITY = "priority";
    public static final String RESPONSE_MINUTES = "responseMinutes";
    public static final String CALLBACK_REQUIRED = "callbackRequired";
    public static final String SUPERVISOR_GROUP = "supervisorGroup";
    public static final String REOPEN_COUNT = "reopenCount";
    /** The callback's answer, one of {@link Satisfaction}; the callback gateway reads it. */
    public static final String SATISFACTION = "satisfaction";
    // what people write in the task forms
    public static final String INVESTIGATION = "investigation";
    public static final String HANDLING_ACTION = "handlingAction";
    public static final String HANDLING_RESULT = "handlingResult";
    public static final String CALLBACK_NOTE = "callbackNote";
    public static final String SUPERVISOR_ACTION = "supervisorAction";
    public static final String QUALITY_MANAGER_OPINION = "qualityManagerOpinion";

    private Var() {}
  }

  /** Values of {@link Var#SATISFACTION}: what the owner said at the callback (回访). */
  public static final class Satisfaction {
    public static final String SATISFIED = "satisfied";
    public static final String NOT_SATISFIED = "not-satisfied";
    public static final Set<String> ALL = Set.of(SATISFIED, NOT_SATISFIED);

    private Satisfaction() {}
  }

  private ComplaintHandlingProcess() {}
}
