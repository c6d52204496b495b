package com.wuye.bpm.fee;

/**
 * The process {@code household-arrears} (bpmn/household-arrears.bpmn): one case per household in arrears,
 * business key = the case number {@code QF-<unit>-<nn>}. A released id is an API: do not rename.
 */
public final class HouseholdArrearsProcess {

  public static final String KEY = "household-arrears";
  public static final String ELIGIBILITY_DECISION = "suspension-eligibility";
  /** Correlated on the case number when a payment leaves the household owing nothing. */
  public static final String PAID_UP_MESSAGE = "HouseholdPaidUp";

  /** Element ids. */
  public static final class Element {
    public static final String CASE_OPENED = "arrears-case-opened";
    public static final String SUSPENSION = "suspension";
    public static final String ASSESS_ARREARS = "assess-household-arrears";
    public static final String CHECK_SUSPENSION_ELIGIBILITY = "check-suspension-eligibility";
    public static final String DRAFT_APPLICATION = "draft-suspension-application";
    public static final String APPLY_SUSPENSION = "apply-suspension";
    public static final String APPROVE_SUSPENSION = "approve-suspension";
    public static final String SUSPEND_SERVICES = "suspend-services";
    public static final String RECORD_SUSPENSION = "record-suspension";
    public static final String SERVICES_SUSPENDED = "services-suspended";
    public static final String ARRANGE_PAYMENT = "arrange-payment";
    public static final String AGREED_PAYMENT_DATE_PASSED = "agreed-payment-date-passed";
    public static final String PAID_UP = "household-paid-up";
    public static final String PAID_UP_WHILE_SUSPENDED = "household-paid-up-while-suspended";
    public static final String CONFIRM_PAID_UP = "confirm-paid-up";
    public static final String RESTORE_SERVICES = "restore-services";
    public static final String RECORD_RESTORATION = "record-restoration";
    public static final String CLOSE_CASE = "close-arrears-case";
    public static final String CASE_CLOSED = "arrears-case-closed";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    /** the case number, set when the case is opened; equal to the business key */
    public static final String ARREARS_CASE = "arrearsCase";
    // assess-household-arrears, for the decision and the forms
    public static final String UNIT_CODE = "unitCode";
    public static final String OWNER_NAME = "ownerName";
    public static final String PHONE = "phone";
    public static final String MONTHS_IN_ARREARS = "monthsInArrears";
    public static final String AMOUNT_OWED = "amountOwed";
    public static final String MEDICAL_EQUIPMENT = "medicalEquipment";
    /** every month owed, one row each (period, bill, amount, paid, owed, letters): the forms' table */
    public static final String OWED_MONTHS = "owedMonths";
    // decision suspension-eligibility
    public static final String ELIGIBLE = "eligible";
    /** the decision's {@code services}: codes separated by commas */
    public static final String ELIGIBLE_SERVICES = "eligibleServices";
    /** the services of the application as a list of codes: the forms' checklist shows them in Chinese */
    public static final String SERVICES = "services";
    // what people write in the task forms
    public static final String APPLICATION_REASON = "applicationReason";
    /** the general manager's choice: {@link #APPROVED} or {@link #REJECTED} */
    public static final String SUSPENSION_DECISION = "suspensionDecision";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";
    public static final String APPROVAL_COMMENT = "approvalComment";
    public static final String SUSPENSION_NOTE = "suspensionNote";
    public static final String ARRANGEMENT_NOTE = "arrangementNote";
    public static final String AGREED_PAYMENT_DATE = "agreedPaymentDate";
    public static final String RESTORATION_NOTE = "restorationNote";
    /** confirm-paid-up: whether services are suspended and must be restored before the case closes */
    public static final String SERVICES_SUSPENDED = "servicesSuspended";

    private Var() {}
  }

  private HouseholdArrearsProcess() {}
}
