package com.wuye.bpm.renovation;

import java.util.Set;

/**
 * The process {@code renovation-approval} (bpmn/renovation-approval.bpmn) as code sees it: its key, the ids of
 * the elements code and tests touch, its variables and gateway values. A released id is an API: do not rename.
 */
public final class RenovationApprovalProcess {

  public static final String KEY = "renovation-approval";
  public static final String REVIEW_DECISION = "renovation-review";
  /** Working days engineering has to answer after acceptance (§5.4.6 节点4); also written in the model. */
  public static final int APPROVAL_WORKING_DAYS = 3;

  /** Element ids. */
  public static final class Element {
    public static final String RENOVATION_APPLIED = "renovation-applied";
    public static final String RECORD_APPLICATION = "record-renovation-application";
    public static final String CHECK_DOCUMENTS = "check-renovation-documents";
    public static final String REQUEST_MISSING_DOCUMENTS = "request-missing-documents";
    public static final String AWAIT_SUPPLEMENT = "await-document-supplement";
    public static final String SUPPLEMENT_OVERDUE = "supplement-overdue";
    public static final String CLOSE_ABANDONED = "close-abandoned-application";
    public static final String APPLICATION_ABANDONED = "application-abandoned";
    public static final String REVIEW_RENOVATION = "review-renovation";
    public static final String ACCEPT_APPLICATION = "accept-renovation-application";
    public static final String ENGINEERING_REVIEW = "engineering-review";
    public static final String INSPECT_FACILITIES = "inspect-unit-facilities";
    public static final String APPROVE_RENOVATION = "approve-renovation";
    public static final String APPROVAL_OVERDUE = "approval-overdue";
    public static final String ESCALATE_OVERDUE_APPROVAL = "escalate-overdue-approval";
    public static final String ESCALATION_HANDLED = "approval-escalation-handled";
    public static final String REJECT_APPLICATION = "reject-renovation-application";
    public static final String RENOVATION_REJECTED = "renovation-rejected";
    public static final String COLLECT_FEES = "collect-renovation-fees";
    public static final String ISSUE_PERMIT = "issue-renovation-permit";
    public static final String REGISTER_COMPLETION = "register-renovation-completion";
    public static final String INSPECT_COMPLETION = "inspect-completed-renovation";
    public static final String REFUND_DEPOSIT = "refund-renovation-deposit";
    public static final String CLOSE_RENOVATION = "close-renovation";
    public static final String RENOVATION_CLOSED = "renovation-closed";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    // application (start form, REST)
    public static final String UNIT = "unit";
    public static final String OWNER_NAME = "ownerName";
    public static final String OWNER_PHONE = "ownerPhone";
    public static final String CONTRACTOR_NAME = "contractorName";
    public static final String CONTRACTOR_PHONE = "contractorPhone";
    public static final String PLANNED_START = "plannedStart";
    public static final String PLANNED_END = "plannedEnd";
    public static final String STRUCTURAL_CHANGE = "structuralChange";
    public static final String PLUMBING_OR_ELECTRICAL = "plumbingOrElectrical";
    public static final String AREA_SQM = "areaSqm";
    public static final String DESCRIPTION = "description";
    public static final String DOCUMENTS = "documents";
    public static final String APPLIED_BY = "appliedBy";
    // record and routing
    public static final String APPLICATION_NUMBER = "applicationNumber";
    public static final String DOCUMENT_CHECK = "documentCheck";
    public static final String MISSING_DOCUMENTS = "missingDocuments";
    public static final String SUPPLEMENT_NOTE = "supplementNote";
    public static final String REJECTION_REASON = "rejectionReason";
    public static final String ACCEPTED_AT = "acceptedAt";
    public static final String ENGINEERING_INSPECTION = "engineeringInspection";
    public static final String DEPOSIT = "deposit";
    public static final String GARBAGE_FEE = "garbageFee";
    public static final String INSPECTION_FINDINGS = "inspectionFindings";
    /** 装修批复: one of {@link Approval}; the approval gateway reads it. */
    public static final String APPROVAL = "approval";
    public static final String APPROVAL_CONDITIONS = "approvalConditions";
    public static final String SUPERVISOR_ACTION = "supervisorAction";
    public static final String DEPOSIT_RECEIPT = "depositReceiptNumber";
    public static final String GARBAGE_FEE_RECEIPT = "garbageFeeReceiptNumber";
    public static final String PERMIT_NUMBER = "permitNumber";
    public static final String COMPLETED_ON = "completedOn";
    public static final String COMPLETION_FINDINGS = "completionFindings";
    public static final String DEDUCTION = "deduction";
    public static final String DEDUCTION_REASON = "deductionReason";
    public static final String REFUND_AMOUNT = "refundAmount";
    public static final String REFUND_VOUCHER = "refundVoucherNumber";

    private Var() {}
  }

  /** Values of {@link Var#DOCUMENT_CHECK}, the outcome of 资料审核. */
  public static final class DocumentCheck {
    public static final String COMPLETE = "complete";
    public static final String INCOMPLETE = "incomplete";
    public static final String REJECTED = "rejected";
    public static final Set<String> ALL = Set.of(COMPLETE, INCOMPLETE, REJECTED);

    private DocumentCheck() {}
  }

  /** Values of {@link Var#APPROVAL}: engineering's answer, an explicit choice (批准 / 驳回). */
  public static final class Approval {
    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";
    public static final Set<String> ALL = Set.of(APPROVE, REJECT);

    private Approval() {}
  }

  private RenovationApprovalProcess() {}
}
