package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.HouseholdArrearsProcess.Element;
import static com.wuye.bpm.fee.HouseholdArrearsProcess.Var;

import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the user tasks of household-arrears record (《物业品质管理手册》§5.4.10 节点5–6): each checks its form again
 * (Tasklist validates in the browser only) and writes to the household's arrears case, found by the business key.
 */
@Component
class HouseholdArrearsTasks implements FlowTasks {

  static final int NOTE_MAX = 2000;
  /** How far ahead a payment date may be agreed with the owner. */
  static final int AGREED_DATE_MAX_DAYS = 90;

  private final ArrearsCaseService arrears;
  private final Clock clock;

  HouseholdArrearsTasks(ArrearsCaseService arrears, Clock clock) {
    this.arrears = arrears;
    this.clock = clock;
  }

  @Override
  public String processKey() {
    return HouseholdArrearsProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.ARREARS_CASE;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.APPLY_SUSPENSION).note(Var.APPLICATION_REASON, NOTE_MAX)
        .onComplete(step -> arrears.recordApplication(step.businessKey(), step.task().getId(), step.actor(),
            step.values().text(Var.APPLICATION_REASON)));
    steps.task(Element.APPROVE_SUSPENSION)
        .reads(values -> {
          String decision = values.choice(Var.SUSPENSION_DECISION, Set.of(Var.APPROVED, Var.REJECTED));
          String comment = values.requiredText(Var.APPROVAL_COMMENT, NOTE_MAX);
          return (Var.APPROVED.equals(decision) ? "批准：" : "驳回：") + comment;
        })
        .onComplete(step -> arrears.recordDecision(step.businessKey(),
            Var.APPROVED.equals(step.values().text(Var.SUSPENSION_DECISION)), step.actor(),
            step.values().text(Var.APPROVAL_COMMENT)));
    steps.task(Element.SUSPEND_SERVICES).note(Var.SUSPENSION_NOTE, NOTE_MAX)
        .onComplete(step -> arrears.recordSuspended(step.businessKey(), step.actor(),
            step.values().text(Var.SUSPENSION_NOTE)));
    steps.task(Element.ARRANGE_PAYMENT)
        .reads(values -> {
          String note = values.requiredText(Var.ARRANGEMENT_NOTE, NOTE_MAX);
          LocalDate agreed = agreedDate(values);
          return agreed == null ? note : "约定 " + agreed + " 前缴清：" + note;
        })
        .onComplete(step -> arrears.recordPaymentArranged(step.businessKey()));
    steps.task(Element.RESTORE_SERVICES).note(Var.RESTORATION_NOTE, NOTE_MAX)
        .onComplete(step -> arrears.recordRestored(step.businessKey(), step.actor(),
            step.values().text(Var.RESTORATION_NOTE)));
  }

  /** The agreed payment date: from today to {@value #AGREED_DATE_MAX_DAYS} days ahead. */
  private LocalDate agreedDate(FormValues values) {
    LocalDate agreed = values.requiredDate(Var.AGREED_PAYMENT_DATE);
    LocalDate today = LocalDate.now(clock);
    if (agreed != null && (agreed.isBefore(today) || agreed.isAfter(today.plusDays(AGREED_DATE_MAX_DAYS)))) {
      values.rules().reject(Var.AGREED_PAYMENT_DATE, "应在 " + today + " 至 " + today.plusDays(AGREED_DATE_MAX_DAYS)
          + " 之间 (from today to " + AGREED_DATE_MAX_DAYS + " days ahead)");
    }
    return agreed;
  }

  /** The agreed payment date as the completed task left it (checked by {@link #agreedDate(FormValues)}). */
  static LocalDate agreedDate(Object value) {
    FormValues values = FormValues.of(Map.of(Var.AGREED_PAYMENT_DATE, value == null ? "" : value));
    LocalDate agreed = values.requiredDate(Var.AGREED_PAYMENT_DATE);
    values.check();
    return agreed;
  }
}
