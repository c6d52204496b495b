package com.wuye.bpm.fee;

/**
 * The process {@code fee-dunning} (bpmn/fee-dunning.bpmn) as code sees it: its key, the message that ends it,
 * the ids of the elements code and tests touch, and its variables. A released id is an API: do not rename.
 */
public final class FeeDunningProcess {

  public static final String KEY = "fee-dunning";
  public static final String ELIGIBILITY_DECISION = "suspension-eligibility";
  /** Correlated on the business key (the bill number) when a payment settles the bill. */
  public static final String FEE_PAID_MESSAGE = "FeePaid";

  /** Element ids. */
  public static final class Element {
    public static final String BILL_ISSUED = "bill-issued";
    public static final String DUNNING = "dunning";
    public static final String ISSUE_PAYMENT_NOTICE = "issue-payment-notice";
    public static final String REMINDER_DUE = "reminder-due";
    public static final String ISSUE_REMINDER = "issue-reminder";
    public static final String FINAL_REMINDER_DUE = "final-reminder-due";
    public static final String ISSUE_FINAL_REMINDER = "issue-final-reminder";
    public static final String SUSPENSION_NOTICE_DUE = "suspension-notice-due";
    public static final String ISSUE_SUSPENSION_NOTICE = "issue-suspension-notice";
    public static final String SUSPENSION_NOTICE_EXPIRED = "suspension-notice-expired";
    public static final String ASSESS_ARREARS = "assess-arrears";
    public static final String CHECK_SUSPENSION_ELIGIBILITY = "check-suspension-eligibility";
    public static final String APPLY_SUSPENSION = "apply-suspension";
    public static final String APPROVE_SUSPENSION = "approve-suspension";
    public static final String SUSPEND_SERVICES = "suspend-services";
    public static final String RECORD_SUSPENSION = "record-suspension";
    public static final String ARRANGE_PAYMENT = "arrange-payment";
    public static final String AGREED_PAYMENT_DATE_PASSED = "agreed-payment-date-passed";
    public static final String SERVICES_SUSPENDED = "services-suspended";
    public static final String FEE_PAID = "fee-paid";
    public static final String FEE_PAID_WHILE_SUSPENDED = "fee-paid-while-suspended";
    public static final String RESTORE_SERVICES = "restore-services";
    public static final String RECORD_RESTORATION = "record-restoration";
    public static final String SETTLE_BILL = "settle-bill";
    public static final String BILL_SETTLED = "bill-settled";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    // set when the bill is created (billing run): the bill, and its period (2027-02) for the timers (DunningTimers)
    public static final String BILL_NUMBER = "billNumber";
    public static final String PERIOD = "period";
    // assess-arrears, for the decision and the forms
    public static final String UNIT_CODE = "unitCode";
    public static final String OWNER_NAME = "ownerName";
    public static final String PHONE = "phone";
    public static final String MONTHS_IN_ARREARS = "monthsInArrears";
    public static final String AMOUNT_OWED = "amountOwed";
    public static final String MEDICAL_EQUIPMENT = "medicalEquipment";
    public static final String ARREARS_HISTORY = "arrearsHistory";
    // decision suspension-eligibility
    public static final String ELIGIBLE = "eligible";
    public static final String SERVICES = "services";
    // what people write in the task forms
    public static final String APPLICATION_REASON = "applicationReason";
    public static final String SUSPENSION_APPROVED = "suspensionApproved";
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String SUSPENSION_NOTE = "suspensionNote";
    public static final String ARRANGEMENT_NOTE = "arrangementNote";
    public static final String AGREED_PAYMENT_DATE = "agreedPaymentDate";
    /** computed from agreedPaymentDate: 00:00 of the following day, ISO date-time */
    public static final String FOLLOW_UP_AT = "followUpAt";
    public static final String RESTORATION_NOTE = "restorationNote";

    private Var() {}
  }

  private FeeDunningProcess() {}
}
