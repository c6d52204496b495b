package com.wuye.bpm.engineering;

import static com.wuye.bpm.engineering.HouseMaintenanceProcess.Element;
import static com.wuye.bpm.engineering.HouseMaintenanceProcess.Value;
import static com.wuye.bpm.engineering.HouseMaintenanceProcess.Var;

import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskStepContext;
import com.wuye.bpm.casefile.TaskSteps;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** What the user tasks of house-maintenance read, check and write (《物业品质管理手册》 §5.7.1). */
@Component
class HouseMaintenanceTasks implements FlowTasks {

  static final Map<String, String> RESUBMIT = Map.of(Value.RESUBMIT, "重新提交", Value.WITHDRAW, "撤销计划");
  static final Map<String, String> ACCEPTANCE = Map.of(Value.PASS, "验收合格", Value.FAIL, "验收不合格，返工");

  private final HouseRepairService repairs;

  HouseMaintenanceTasks(HouseRepairService repairs) {
    this.repairs = repairs;
  }

  @Override
  public String processKey() {
    return HouseMaintenanceProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.REPAIR_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.REVIEW_REPAIR_PLAN)
        .reads(v -> v.approval(Var.PLAN_REVIEW, Var.PLAN_REVIEW_NOTE, 1000));
    steps.task(Element.APPROVE_REPAIR_PLAN)
        .reads(v -> v.approval(Var.PLAN_APPROVAL, Var.PLAN_APPROVAL_NOTE, 1000))
        .onComplete(ifApproved(Var.PLAN_APPROVAL, repairs::planApproved));
    steps.task(Element.REVISE_REPAIR_PLAN).reads(HouseMaintenanceTasks::revision).onComplete(this::revised);
    steps.task(Element.SURVEY_HOUSE).note(Var.SURVEY_FINDINGS, 2000)
        .onComplete(c -> repairs.surveyed(c.businessKey(), c.values().text(Var.SURVEY_FINDINGS)));
    steps.task(Element.DRAFT_REPAIR_SCHEME).reads(HouseMaintenanceTasks::scheme)
        .onComplete(c -> repairs.schemeDrafted(c.businessKey(), c.values().text(Var.SCHEME_DESCRIPTION),
            c.values().decimal(Var.BUDGET, 2), c.values().text(Var.FUNDING_SOURCE)));
    steps.task(Element.REVIEW_REPAIR_SCHEME)
        .reads(v -> v.approval(Var.SCHEME_REVIEW, Var.SCHEME_REVIEW_NOTE, 1000));
    steps.task(Element.APPROVE_REPAIR_SCHEME)
        .reads(v -> v.approval(Var.SCHEME_APPROVAL, Var.SCHEME_APPROVAL_NOTE, 1000))
        .onComplete(ifApproved(Var.SCHEME_APPROVAL, repairs::schemeApproved));
    steps.task(Element.ISSUE_TENDER)
        .reads(v -> "招标文件 " + v.requiredText(Var.TENDER_NUMBER, 50) + "，投标截止 " + v.requiredDate(Var.BID_DEADLINE))
        .onComplete(c -> repairs.tenderIssued(c.businessKey(), c.values().text(Var.TENDER_NUMBER)));
    steps.task(Element.REVIEW_BIDS).note(Var.QUALIFIED_BIDDERS, 1000);
    steps.task(Element.EVALUATE_BIDS).reads(HouseMaintenanceTasks::bids)
        .onComplete(c -> repairs.bidsEvaluated(c.businessKey(), c.values().text(Var.CONTRACTOR_NAME),
            c.values().decimal(Var.BID_AMOUNT, 2)));
    steps.task(Element.VISIT_CONTRACTOR).note(Var.VISIT_FINDINGS, 1000);
    steps.task(Element.SIGN_REPAIR_CONTRACT).reads(HouseMaintenanceTasks::contract)
        .onComplete(c -> repairs.contractSigned(c.businessKey(), c.values().text(Var.CONTRACT_NUMBER),
            c.values().decimal(Var.CONTRACT_AMOUNT, 2)));
    steps.task(Element.SUPERVISE_REPAIR).note(Var.SUPERVISION_NOTE, 2000)
        .onCreate(c -> repairs.workStarted(c.businessKey()));
    steps.task(Element.ACCEPT_REPAIR)
        .reads(v -> v.choiceWithReason(Var.ACCEPTANCE, ACCEPTANCE, Value.FAIL, Var.ACCEPTANCE_NOTE, 1000))
        .onComplete(c -> {
          if (Value.PASS.equals(c.values().text(Var.ACCEPTANCE))) {
            repairs.accepted(c.businessKey());
          } else {
            repairs.reworkRequired(c.businessKey());
          }
        });
    steps.task(Element.SETTLE_REPAIR_PAYMENT).reads(HouseMaintenanceTasks::settlement)
        .onComplete(c -> repairs.settled(c.businessKey(), c.values().decimal(Var.SETTLED_AMOUNT, 2),
            c.values().text(Var.VOUCHER_NUMBER)));
    steps.task(Element.UPDATE_TECHNICAL_ARCHIVE).note(Var.ARCHIVE_ENTRY, 2000)
        .onComplete(c -> repairs.archived(c.businessKey(), c.values().text(Var.ARCHIVE_ENTRY)));
  }

  /** Runs {@code action} with the repair's number when the general manager chose 批准. */
  private static Consumer<TaskStepContext> ifApproved(String field, Consumer<String> action) {
    return c -> {
      if (Value.APPROVE.equals(c.values().text(field))) {
        action.accept(c.businessKey());
      }
    };
  }

  private static String revision(FormValues v) {
    String choice = v.choice(Var.RESUBMIT, RESUBMIT.keySet());
    if (Value.WITHDRAW.equals(choice)) {
      return "撤销计划：" + v.requiredText(Var.WITHDRAW_REASON, 1000);
    }
    String description = v.requiredText(Var.PLAN_DESCRIPTION, 2000);
    v.requiredDate(Var.PLANNED_START);
    return choice == null ? null : "重新提交：" + description;
  }

  private void revised(TaskStepContext c) {
    FormValues v = c.values();
    if (Value.WITHDRAW.equals(v.text(Var.RESUBMIT))) {
      repairs.withdrawn(c.businessKey(), v.text(Var.WITHDRAW_REASON));
    } else {
      repairs.planRevised(c.businessKey(), v.text(Var.PLAN_DESCRIPTION), v.date(Var.PLANNED_START));
    }
  }

  private static String scheme(FormValues v) {
    String scheme = v.requiredText(Var.SCHEME_DESCRIPTION, 2000);
    BigDecimal budget = positive(v, Var.BUDGET);
    String funding = v.requiredText(Var.FUNDING_SOURCE, 200);
    return scheme + "；预算 " + budget + " 元，经费来源：" + funding;
  }

  private static String bids(FormValues v) {
    String contractor = v.requiredText(Var.CONTRACTOR_NAME, 100);
    BigDecimal amount = positive(v, Var.BID_AMOUNT);
    return "中标单位 " + contractor + "，中标价 " + amount + " 元；" + v.requiredText(Var.EVALUATION_NOTE, 1000);
  }

  private static String contract(FormValues v) {
    return "合同 " + v.requiredText(Var.CONTRACT_NUMBER, 50) + "，金额 " + positive(v, Var.CONTRACT_AMOUNT) + " 元";
  }

  private static String settlement(FormValues v) {
    BigDecimal amount = v.requiredDecimal(Var.SETTLED_AMOUNT, 2);
    if (amount != null && amount.signum() < 0) {
      v.rules().reject(Var.SETTLED_AMOUNT, "不能为负数 (must not be negative)");
    }
    return "结算 " + amount + " 元，凭证 " + v.requiredText(Var.VOUCHER_NUMBER, 50);
  }

  private static BigDecimal positive(FormValues v, String field) {
    BigDecimal amount = v.requiredDecimal(field, 2);
    if (amount != null && amount.signum() <= 0) {
      v.rules().reject(field, "须大于 0 (must be more than 0)");
    }
    return amount;
  }
}
