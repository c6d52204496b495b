package com.wuye.bpm.renovation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 终止申请: the owner did not supplement the documents in time. */
@Component
class CloseAbandonedApplicationDelegate implements JavaDelegate {

  private final RenovationService renovations;

  CloseAbandonedApplicationDelegate(RenovationService renovations) {
    this.renovations = renovations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    renovations.abandon(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
  }
}
