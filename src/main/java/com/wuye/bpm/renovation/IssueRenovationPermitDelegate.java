package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.RenovationApprovalProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 发放装修许可证: issues the permit ZX-year-5 digits, once. */
@Component
class IssueRenovationPermitDelegate implements JavaDelegate {

  private final RenovationService renovations;

  IssueRenovationPermitDelegate(RenovationService renovations) {
    this.renovations = renovations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RenovationPermit permit = renovations.issuePermit(execution.getProcessBusinessKey(),
        execution.getProcessInstanceId());
    execution.setVariable(Var.PERMIT_NUMBER, permit.number());
  }
}
