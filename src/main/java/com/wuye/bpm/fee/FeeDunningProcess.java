package com.wuye.bpm.fee;

/**
 * The process {@code fee-dunning} (bpmn/fee-dunning.bpmn) as code sees it: its key, the message that ends it,
 * the ids of the elements code and tests touch, and its variables. A released id is an API: do not rename.
 * From version 1.3 a bill's letters end by handing the bill over to its household's arrears case
 * ({@link HouseholdArrearsProcess}).
 */
public final class FeeDunningProcess {

  public static final String KEY = "fee-dunning";
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
    public static final String HAND_OVER_ARREARS = "hand-over-arrears";
    public static final String HANDED_OVER = "handed-over";
    public static final String FEE_PAID = "fee-paid";
    public static final String FEE_PAID_AFTER_HAND_OVER = "fee-paid-after-hand-over";
    public static final String SETTLE_BILL = "settle-bill";
    public static final String BILL_SETTLED = "bill-settled";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    // set when the bill is created (billing run): the bill, and its period (2027-02) for the timers (DunningTimers)
    public static final String BILL_NUMBER = "billNumber";
    public static final String PERIOD = "period";

    private Var() {}
  }

  private FeeDunningProcess() {}
}
