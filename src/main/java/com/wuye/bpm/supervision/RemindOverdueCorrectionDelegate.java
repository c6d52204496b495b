package com.wuye.bpm.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task remind-overdue-correction: the deadline passed without a written answer. */
@Component("remindOverdueCorrectionDelegate")
class RemindOverdueCorrectionDelegate implements JavaDelegate {

  private final NonconformityService reports;

  RemindOverdueCorrectionDelegate(NonconformityService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.remindOverdue(execution.getProcessBusinessKey());
  }
}
