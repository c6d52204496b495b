package com.wuye.bpm.engineering;

import java.util.Set;

/** The process {@code house-maintenance} (bpmn/house-maintenance.bpmn, 《物业品质管理手册》 §5.7.1) as code sees it. */
public final class HouseMaintenanceProcess {

  public static final String KEY = "house-maintenance";
  public static final String PROCUREMENT_DECISION = "repair-procurement";

  /** Element ids. */
  public static final class Element {
    public static final String REPAIR_PLANNED = "repair-planned";
    public static final String REGISTER_HOUSE_REPAIR = "register-house-repair";
    public static final String REVIEW_REPAIR_PLAN = "review-repair-plan";
    public static final String APPROVE_REPAIR_PLAN = "approve-repair-plan";
    public static final String REVISE_REPAIR_PLAN = "revise-repair-plan";
    public static final String PLAN_WITHDRAWN = "plan-withdrawn";
    public static final String SURVEY_HOUSE = "survey-house";
    public static final String DRAFT_REPAIR_SCHEME = "draft-repair-scheme";
    public static final String REVIEW_REPAIR_SCHEME = "review-repair-scheme";
    public static final String APPROVE_REPAIR_SCHEME = "approve-repair-scheme";
    public static final String DECIDE_PROCUREMENT = "decide-procurement";
    public static final String ISSUE_TENDER = "issue-tender";
    public static final String REVIEW_BIDS = "review-bids";
    public static final String EVALUATE_BIDS = "evaluate-bids";
    public static final String VISIT_CONTRACTOR = "visit-contractor";
    public static final String SIGN_REPAIR_CONTRACT = "sign-repair-contract";
    public static final String SUPERVISE_REPAIR = "supervise-repair";
    public static final String ACCEPT_REPAIR = "accept-repair";
    public static final String SETTLE_REPAIR_PAYMENT = "settle-repair-payment";
    public static final String UPDATE_TECHNICAL_ARCHIVE = "update-technical-archive";
    public static final String REPAIR_COMPLETED = "repair-completed";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    // the plan (draft-repair-plan, revise-repair-plan)
    public static final String BUILDING = "building";
    public static final String REPAIR_SCOPE = "repairScope";
    public static final String PLAN_DESCRIPTION = "planDescription";
    public static final String PLANNED_START = "plannedStart";
    public static final String PLANNED_BY = "plannedBy";
    public static final String REPAIR_NUMBER = "repairNumber";
    public static final String PLAN_REVIEW = "planReview";
    public static final String PLAN_REVIEW_NOTE = "planReviewNote";
    public static final String PLAN_APPROVAL = "planApproval";
    public static final String PLAN_APPROVAL_NOTE = "planApprovalNote";
    public static final String RESUBMIT = "resubmit";
    public static final String WITHDRAW_REASON = "withdrawReason";
    // survey and scheme
    public static final String SURVEY_FINDINGS = "surveyFindings";
    public static final String SCHEME_DESCRIPTION = "schemeDescription";
    public static final String BUDGET = "budget";
    public static final String FUNDING_SOURCE = "fundingSource";
    public static final String SCHEME_REVIEW = "schemeReview";
    public static final String SCHEME_REVIEW_NOTE = "schemeReviewNote";
    public static final String SCHEME_APPROVAL = "schemeApproval";
    public static final String SCHEME_APPROVAL_NOTE = "schemeApprovalNote";
    // procurement (repair-procurement) and tender
    public static final String PROCUREMENT = "procurement";
    public static final String TENDER_NUMBER = "tenderNumber";
    public static final String BID_DEADLINE = "bidDeadline";
    public static final String QUALIFIED_BIDDERS = "qualifiedBidders";
    public static final String CONTRACTOR_NAME = "contractorName";
    public static final String BID_AMOUNT = "bidAmount";
    public static final String EVALUATION_NOTE = "evaluationNote";
    public static final String VISIT_FINDINGS = "visitFindings";
    public static final String CONTRACT_NUMBER = "contractNumber";
    public static final String CONTRACT_AMOUNT = "contractAmount";
    // works, acceptance, settlement, archive
    public static final String SUPERVISION_NOTE = "supervisionNote";
    public static final String ACCEPTANCE = "acceptance";
    public static final String ACCEPTANCE_NOTE = "acceptanceNote";
    public static final String SETTLED_AMOUNT = "settledAmount";
    public static final String VOUCHER_NUMBER = "voucherNumber";
    public static final String ARCHIVE_ENTRY = "archiveEntry";

    private Var() {}
  }

  /** Values the gateways and forms compare. */
  public static final class Value {
    public static final String MAJOR = "major";
    public static final String MEDIUM = "medium";
    public static final Set<String> SCOPES = Set.of(MAJOR, MEDIUM);
    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";
    public static final String RESUBMIT = "resubmit";
    public static final String WITHDRAW = "withdraw";
    public static final Set<String> RESUBMIT_CHOICES = Set.of(RESUBMIT, WITHDRAW);
    public static final String TENDER = HouseRepairService.TENDER;
    public static final String IN_HOUSE = HouseRepairService.IN_HOUSE;
    public static final String PASS = "pass";
    public static final String FAIL = "fail";
    public static final Set<String> ACCEPTANCES = Set.of(PASS, FAIL);

    private Value() {}
  }

  private HouseMaintenanceProcess() {}
}
