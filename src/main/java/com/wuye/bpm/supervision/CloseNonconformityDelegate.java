package com.wuye.bpm.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task close-nonconformity: the verified report is closed. */
@Component("closeNonconformityDelegate")
class CloseNonconformityDelegate implements JavaDelegate {

  private final NonconformityService reports;

  CloseNonconformityDelegate(NonconformityService reports) {
    this.reports = reports;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reports.close(execution.getProcessBusinessKey());
  }
}
