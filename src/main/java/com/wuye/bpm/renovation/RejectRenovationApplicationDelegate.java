package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.RenovationApprovalProcess.Var;

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
    renovations.reject((String) execution.getVariable(Var.APPLICATION_NUMBER),
        (String) execution.getVariable(Var.REJECTION_REASON));
  }
}
