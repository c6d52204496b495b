package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.FeeDunningProcess.Element;
import static com.wuye.bpm.fee.FeeDunningProcess.Var;

import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.engine.TaskActor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener (complete) on every user task of fee-dunning: checks what the person wrote (Tasklist validates
 * in the browser only) and records it on the bill's suspension case.
 */
@Component
class DunningTaskRecorder implements TaskListener {

  static final int NOTE_MAX = 2000;

  private final FeeBillService bills;
  private final Clock clock;

  DunningTaskRecorder(FeeBillService bills, Clock clock) {
    this.bills = bills;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = (String) task.getVariable(Var.BILL_NUMBER);
    String actor = TaskActor.of(task);
    FieldRules rules = new FieldRules();
    switch (task.getTaskDefinitionKey()) {
      case Element.APPLY_SUSPENSION -> {
        String reason = text(task, Var.APPLICATION_REASON, rules);
        rules.check();
        bills.recordApplication(number, task.getId(), (String) task.getVariable(Var.SERVICES), actor, reason);
      }
      case Element.APPROVE_SUSPENSION -> {
        Object approved = task.getVariable(Var.SUSPENSION_APPROVED);
        rules.present(Var.SUSPENSION_APPROVED, approved);
        if (approved != null && !(approved instanceof Boolean)) {
          rules.reject(Var.SUSPENSION_APPROVED, "应为是/否 (must be a boolean)");
        }
        String comment = text(task, Var.APPROVAL_COMMENT, rules);
        rules.check();
        bills.recordDecision(number, (Boolean) approved, actor, comment);
      }
      case Element.SUSPEND_SERVICES -> {
        String note = text(task, Var.SUSPENSION_NOTE, rules);
        rules.check();
        bills.recordSuspended(number, actor, note);
      }
      case Element.ARRANGE_PAYMENT -> {
        text(task, Var.ARRANGEMENT_NOTE, rules);
        LocalDate agreed = agreedDate(task.getVariable(Var.AGREED_PAYMENT_DATE), rules);
        rules.check();
        task.setVariable(Var.FOLLOW_UP_AT,
            FeeCalendar.iso(agreed.plusDays(1).atStartOfDay(clock.getZone())));
        bills.recordPaymentArranged(number);
      }
      case Element.RESTORE_SERVICES -> {
        String note = text(task, Var.RESTORATION_NOTE, rules);
        rules.check();
        bills.recordRestored(number, actor, note);
      }
      default -> { }
    }
  }

  private static String text(DelegateTask task, String field, FieldRules rules) {
    Object value = task.getVariable(field);
    String text = value == null ? null : value.toString().trim();
    rules.text(field, text, NOTE_MAX);
    return text;
  }

  /** A date from the form's date picker ({@code 2027-03-20}, or an ISO date-time), today or later. */
  private LocalDate agreedDate(Object value, FieldRules rules) {
    if (value == null || value.toString().isBlank()) {
      rules.reject(Var.AGREED_PAYMENT_DATE, "必填 (required)");
      return null;
    }
    String text = value.toString().trim();
    try {
      LocalDate date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      if (date.isBefore(LocalDate.now(clock))) {
        rules.reject(Var.AGREED_PAYMENT_DATE, "不能早于今天 (must not be in the past)");
      }
      return date;
    } catch (DateTimeParseException e) {
      rules.reject(Var.AGREED_PAYMENT_DATE, "日期格式应为 yyyy-MM-dd");
      return null;
    }
  }

}
