package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.RenovationApprovalProcess.Element;
import static com.wuye.bpm.renovation.RenovationApprovalProcess.Var;

import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.casefile.CaseFile;
import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskStepContext;
import com.wuye.bpm.casefile.TaskSteps;
import com.wuye.bpm.renovation.RenovationApprovalProcess.Approval;
import com.wuye.bpm.renovation.RenovationApprovalProcess.DocumentCheck;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/**
 * What each user task of renovation-approval reads and writes to the application: the document check, the
 * approval, the money, the completion; the case file keeps every completed task as a step with what the person
 * wrote. Each action names the application by the instance's business key and is refused when the application is
 * not where the task expects it.
 */
@Component
class RenovationTasks implements FlowTasks {

  static final int NOTE_MAX = 2000;
  static final int REASON_MAX = 1000;
  static final int RECEIPT_MAX = 40;

  private final RenovationService renovations;
  private final CaseFile caseFile;

  RenovationTasks(RenovationService renovations, CaseFile caseFile) {
    this.renovations = renovations;
    this.caseFile = caseFile;
  }

  @Override
  public String processKey() {
    return RenovationApprovalProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.APPLICATION_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.CHECK_DOCUMENTS).reads(RenovationTasks::documentCheck).onComplete(this::documentsChecked);
    steps.task(Element.AWAIT_SUPPLEMENT).note(Var.SUPPLEMENT_NOTE, REASON_MAX)
        .onComplete(step -> renovations.supplementReceived(step.businessKey(), instanceOf(step)));
    steps.task(Element.INSPECT_FACILITIES).note(Var.INSPECTION_FINDINGS, NOTE_MAX)
        .onComplete(step -> renovations.facilitiesInspected(step.businessKey(), instanceOf(step)));
    steps.task(Element.APPROVE_RENOVATION).reads(RenovationTasks::approval).onComplete(this::approved);
    steps.task(Element.ESCALATE_OVERDUE_APPROVAL).note(Var.SUPERVISOR_ACTION, REASON_MAX).onCreate(this::escalate);
    steps.task(Element.COLLECT_FEES)
        .reads(values -> "保证金收据 " + values.requiredText(Var.DEPOSIT_RECEIPT, RECEIPT_MAX) + "，清运费收据 "
            + values.requiredText(Var.GARBAGE_FEE_RECEIPT, RECEIPT_MAX))
        .onComplete(step -> renovations.collectFees(step.businessKey(), instanceOf(step),
            step.values().text(Var.DEPOSIT_RECEIPT), step.values().text(Var.GARBAGE_FEE_RECEIPT), step.actor()));
    steps.task(Element.REGISTER_COMPLETION).reads(values -> "完工日期 " + values.requiredDate(Var.COMPLETED_ON))
        .onComplete(step -> renovations.registerCompletion(step.businessKey(), instanceOf(step),
            step.values().date(Var.COMPLETED_ON)));
    steps.task(Element.INSPECT_COMPLETION).reads(RenovationTasks::completionInspection)
        .onComplete(this::completionInspected);
    steps.task(Element.REFUND_DEPOSIT).reads(values -> "退款凭证 " + values.requiredText(Var.REFUND_VOUCHER, RECEIPT_MAX))
        .onComplete(step -> renovations.refund(step.businessKey(), instanceOf(step),
            step.values().text(Var.REFUND_VOUCHER), step.actor()));
  }

  /** 资料审核: complete, incomplete (what is missing, told to the owner) or refused (why, told to the owner). */
  private static String documentCheck(FormValues values) {
    String result = values.choice(Var.DOCUMENT_CHECK, DocumentCheck.ALL);
    if (DocumentCheck.INCOMPLETE.equals(result)) {
      return values.requiredText(Var.MISSING_DOCUMENTS, REASON_MAX);
    }
    if (DocumentCheck.REJECTED.equals(result)) {
      return "不予受理：" + values.requiredText(Var.REJECTION_REASON, REASON_MAX);
    }
    return result == null ? null : "资料齐全，受理";
  }

  private void documentsChecked(TaskStepContext step) {
    switch (step.values().text(Var.DOCUMENT_CHECK)) {
      case DocumentCheck.COMPLETE -> renovations.documentsComplete(step.businessKey(), instanceOf(step));
      case DocumentCheck.INCOMPLETE -> renovations.documentsMissing(step.businessKey(), instanceOf(step));
      default -> renovations.documentsRefused(step.businessKey(), instanceOf(step),
          step.values().text(Var.REJECTION_REASON));
    }
  }

  /** 装修批复: 批准 (conditions optional) or 驳回 (the reason, told to the owner); no default. */
  private static String approval(FormValues values) {
    String approval = values.choice(Var.APPROVAL, Approval.ALL);
    if (Approval.APPROVE.equals(approval)) {
      String conditions = values.optionalText(Var.APPROVAL_CONDITIONS, REASON_MAX);
      return conditions == null ? "批准" : "批准，条件：" + conditions;
    }
    if (Approval.REJECT.equals(approval)) {
      return "驳回：" + values.requiredText(Var.REJECTION_REASON, REASON_MAX);
    }
    return null;
  }

  private void approved(TaskStepContext step) {
    if (Approval.APPROVE.equals(step.values().text(Var.APPROVAL))) {
      renovations.approve(step.businessKey(), instanceOf(step), step.values().text(Var.APPROVAL_CONDITIONS));
    } else {
      renovations.refuseApproval(step.businessKey(), instanceOf(step), step.values().text(Var.REJECTION_REASON));
    }
  }

  /** 完工验收: what engineering found, and what it keeps of the deposit (0 when nothing is entered) and why. */
  private static String completionInspection(FormValues values) {
    String findings = values.requiredText(Var.COMPLETION_FINDINGS, NOTE_MAX);
    BigDecimal deduction = deduction(values);
    if (deduction.signum() < 0) {
      values.rules().reject(Var.DEDUCTION, "扣除金额须为 0 或正数 (not negative)");
    } else if (deduction.signum() > 0) {
      return findings + "；扣除 " + deduction + " 元：" + values.requiredText(Var.DEDUCTION_REASON, REASON_MAX);
    }
    return findings;
  }

  private void completionInspected(TaskStepContext step) {
    BigDecimal deduction = deduction(step.values());
    BigDecimal refund = renovations.inspectCompletion(step.businessKey(), instanceOf(step), deduction,
        step.values().text(Var.DEDUCTION_REASON), step.actor());
    step.task().setVariable(Var.DEDUCTION, deduction.doubleValue());
    step.task().setVariable(Var.REFUND_AMOUNT, refund.doubleValue());
  }

  private static BigDecimal deduction(FormValues values) {
    BigDecimal deduction = values.decimal(Var.DEDUCTION, 2);
    return deduction == null ? BigDecimal.ZERO.setScale(2) : deduction;
  }

  /** Engineering did not answer in time: the application notes the escalation, and the case file keeps it. */
  private void escalate(TaskStepContext step) {
    String note = renovations.escalate(step.businessKey(), instanceOf(step));
    caseFile.record(step.businessKey(), step.processKey(), Element.APPROVAL_OVERDUE, step.task().getName(),
        step.task().getId(), null, note);
  }

  private static String instanceOf(TaskStepContext step) {
    return step.task().getProcessInstanceId();
  }
}
