package com.wuye.bpm.renovation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 不予批准: records why the application was refused and tells the owner. */
@Component
class RejectRenovationApplicationDelegate implements JavaDelegate {

  private final RenovationService renovations;

  RejectRenovationApplicationDelegate(RenovationService renovations) {
    this.renovations = renovations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    renovations.reject(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
  }
}
