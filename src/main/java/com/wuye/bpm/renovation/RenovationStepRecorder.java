package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.RenovationApprovalProcess.Approval;
import static com.wuye.bpm.renovation.RenovationApprovalProcess.DocumentCheck;
import static com.wuye.bpm.renovation.RenovationApprovalProcess.Element;
import static com.wuye.bpm.renovation.RenovationApprovalProcess.Var;

import com.wuye.bpm.api.FieldRules;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import com.wuye.bpm.engine.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener on every user task of renovation-approval: checks what the person entered (Tasklist validates in
 * the browser only; an error keeps the task open) and records it with the application: the step, and the
 * approval, money, completion it stands for.
 */
@Component
class RenovationStepRecorder implements TaskListener {

  private static final int NOTE_MAX = 2000;
  private static final int REASON_MAX = 1000;
  private static final int RECEIPT_MAX = 40;
  private static final Set<String> DOCUMENT_CHECKS =
      Set.of(DocumentCheck.COMPLETE, DocumentCheck.INCOMPLETE, DocumentCheck.REJECTED);

  private final RenovationService renovations;
  private final Clock clock;

  RenovationStepRecorder(RenovationService renovations, Clock clock) {
    this.renovations = renovations;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = task.getExecution().getProcessBusinessKey();
    String instance = task.getProcessInstanceId();
    String step = task.getTaskDefinitionKey();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      if (Element.ESCALATE_OVERDUE_APPROVAL.equals(step)) {
        renovations.recordStep(number, Element.APPROVAL_OVERDUE, task.getName(), task.getId(), null,
            renovations.escalate(number, instance));
      }
      return;
    }
    String actor = TaskActor.of(task);
    FieldRules rules = new FieldRules();
    String note = switch (step) {
      case Element.CHECK_DOCUMENTS -> checkDocuments(task, number, instance, rules);
      case Element.AWAIT_SUPPLEMENT -> {
        String supplement = text(task, rules, Var.SUPPLEMENT_NOTE, REASON_MAX);
        rules.check();
        renovations.supplementReceived(number, instance);
        yield supplement;
      }
      case Element.INSPECT_FACILITIES -> {
        String findings = text(task, rules, Var.INSPECTION_FINDINGS, NOTE_MAX);
        rules.check();
        renovations.facilitiesInspected(number, instance);
        yield findings;
      }
      case Element.APPROVE_RENOVATION -> approve(task, number, instance, rules);
      case Element.ESCALATE_OVERDUE_APPROVAL -> text(task, rules, Var.SUPERVISOR_ACTION, REASON_MAX);
      case Element.COLLECT_FEES -> collectFees(task, number, instance, rules, actor);
      case Element.REGISTER_COMPLETION -> registerCompletion(task, number, instance, rules);
      case Element.INSPECT_COMPLETION -> inspectCompletion(task, number, instance, rules, actor);
      case Element.REFUND_DEPOSIT -> refund(task, number, instance, rules, actor);
      default -> null;
    };
    rules.check();
    renovations.recordStep(number, step, task.getName(), task.getId(), actor, note);
  }

  private String checkDocuments(DelegateTask task, String number, String instance, FieldRules rules) {
    String result = (String) task.getVariable(Var.DOCUMENT_CHECK);
    rules.text(Var.DOCUMENT_CHECK, result, 20).oneOf(Var.DOCUMENT_CHECK, result, DOCUMENT_CHECKS);
    String note = result;
    if (DocumentCheck.INCOMPLETE.equals(result)) {
      note = text(task, rules, Var.MISSING_DOCUMENTS, REASON_MAX);
    } else if (DocumentCheck.REJECTED.equals(result)) {
      note = text(task, rules, Var.REJECTION_REASON, REASON_MAX);
    }
    rules.check();
    switch (result) {
      case DocumentCheck.COMPLETE -> renovations.documentsComplete(number, instance);
      case DocumentCheck.INCOMPLETE -> renovations.documentsMissing(number, instance);
      default -> renovations.documentsRefused(number, instance, note);
    }
    return note;
  }

  private String approve(DelegateTask task, String number, String instance, FieldRules rules) {
    Object approval = task.getVariable(Var.APPROVAL);
    rules.present(Var.APPROVAL, approval).oneOf(Var.APPROVAL, String.valueOf(approval), Approval.ALL);
    rules.check();
    if (Approval.APPROVE.equals(approval)) {
      String conditions = (String) task.getVariable(Var.APPROVAL_CONDITIONS);
      if (conditions != null && conditions.length() > REASON_MAX) {
        rules.reject(Var.APPROVAL_CONDITIONS, "不能超过 " + REASON_MAX + " 个字符");
      }
      rules.check();
      renovations.approve(number, instance, conditions);
      return conditions == null || conditions.isBlank() ? "批准" : "批准，条件：" + conditions;
    }
    String reason = text(task, rules, Var.REJECTION_REASON, REASON_MAX);
    rules.check();
    renovations.refuseApproval(number, instance, reason);
    return "驳回：" + reason;
  }

  private String collectFees(DelegateTask task, String number, String instance, FieldRules rules, String actor) {
    String deposit = text(task, rules, Var.DEPOSIT_RECEIPT, RECEIPT_MAX);
    String garbageFee = text(task, rules, Var.GARBAGE_FEE_RECEIPT, RECEIPT_MAX);
    rules.check();
    renovations.collectFees(number, instance, deposit, garbageFee, actor);
    return "保证金收据 " + deposit + "，清运费收据 " + garbageFee;
  }

  private String registerCompletion(DelegateTask task, String number, String instance, FieldRules rules) {
    LocalDate completedOn = RenovationApplication.date(task.getVariable(Var.COMPLETED_ON));
    rules.present(Var.COMPLETED_ON, completedOn);
    rules.check();
    renovations.registerCompletion(number, instance, completedOn);
    return "完工日期 " + completedOn;
  }

  private String inspectCompletion(DelegateTask task, String number, String instance, FieldRules rules,
      String actor) {
    String findings = text(task, rules, Var.COMPLETION_FINDINGS, NOTE_MAX);
    Object entered = task.getVariable(Var.DEDUCTION);
    BigDecimal deduction = entered == null ? BigDecimal.ZERO : RenovationApplication.decimal(entered);
    String reason = (String) task.getVariable(Var.DEDUCTION_REASON);
    if (deduction == null || deduction.signum() < 0 || deduction.scale() > 2) {
      rules.reject(Var.DEDUCTION, "扣除金额须为 0 或正数，最多两位小数");
    } else if (deduction.signum() > 0) {
      reason = text(task, rules, Var.DEDUCTION_REASON, REASON_MAX);
    }
    rules.check();
    BigDecimal refund = renovations.inspectCompletion(number, instance, deduction, reason, actor);
    task.setVariable(Var.DEDUCTION, deduction.doubleValue());
    task.setVariable(Var.REFUND_AMOUNT, refund.doubleValue());
    return deduction.signum() > 0 ? findings + "；扣除 " + deduction + " 元：" + reason : findings;
  }

  private String refund(DelegateTask task, String number, String instance, FieldRules rules, String actor) {
    String voucher = text(task, rules, Var.REFUND_VOUCHER, RECEIPT_MAX);
    rules.check();
    renovations.refund(number, instance, voucher, actor);
    return "退款凭证 " + voucher;
  }

  /** The text the person wrote into {@code field}; its rule goes into {@code rules}, which the caller checks. */
  private static String text(DelegateTask task, FieldRules rules, String field, int max) {
    Object value = task.getVariable(field);
    String text = value == null ? null : value.toString().trim();
    rules.text(field, text, max);
    return text;
  }

}
