package com.wuye.bpm.supervision;

/**
 * The process {@code nonconformity} (bpmn/nonconformity.bpmn, 不合格报告) as code sees it: its key, the element ids
 * code and tests touch, its variables.
 */
public final class NonconformityProcess {

  public static final String KEY = "nonconformity";

  /** Element ids. */
  public static final class Element {
    public static final String NONCONFORMITY_FOUND = "nonconformity-found";
    public static final String REGISTER_NONCONFORMITY = "register-nonconformity";
    public static final String CORRECT_NONCONFORMITY = "correct-nonconformity";
    public static final String CORRECTION_OVERDUE = "correction-overdue";
    public static final String REMIND_OVERDUE_CORRECTION = "remind-overdue-correction";
    public static final String OVERDUE_REMINDED = "overdue-reminded";
    public static final String VERIFY_CORRECTION = "verify-correction";
    public static final String CLOSE_NONCONFORMITY = "close-nonconformity";
    public static final String NONCONFORMITY_CLOSED = "nonconformity-closed";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    public static final String NONCONFORMITY_NUMBER = "nonconformityNumber";
    public static final String ISSUED_BY = "issuedBy";
    public static final String RESPONSIBLE_GROUP = "responsibleGroup";
    public static final String DEPARTMENT_NAME = "departmentName";
    public static final String NONCONFORMITY_SOURCE = "nonconformitySource";
    public static final String NONCONFORMITY_DESCRIPTION = "nonconformityDescription";
    public static final String CORRECTION_DEADLINE = "correctionDeadline";
    /** the deadline's end (the boundary timer and the task's due date) */
    public static final String CORRECTION_DUE_AT = "correctionDueAt";
    public static final String NONCONFORMITY_CAUSE = "nonconformityCause";
    public static final String CORRECTION_REPORT = "correctionReport";
    public static final String VERIFICATION_RESULT = "verificationResult";
    public static final String VERIFICATION_NOTE = "verificationNote";

    private Var() {}
  }

  /** Values of {@link Var#VERIFICATION_RESULT}. */
  public static final String CORRECTED = "corrected";
  public static final String NOT_CORRECTED = "not-corrected";

  private NonconformityProcess() {}
}
