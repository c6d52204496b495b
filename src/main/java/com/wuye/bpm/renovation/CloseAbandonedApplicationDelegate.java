package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.RenovationApprovalProcess.Var;

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
    renovations.abandon((String) execution.getVariable(Var.APPLICATION_NUMBER));
  }
}
