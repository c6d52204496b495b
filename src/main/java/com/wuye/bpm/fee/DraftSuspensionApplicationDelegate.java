package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.HouseholdArrearsProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 拟写暂停服务申请: one application for the household, every month owed, the services the decision allows. */
@Component
class DraftSuspensionApplicationDelegate implements JavaDelegate {

  private final ArrearsCaseService arrears;

  DraftSuspensionApplicationDelegate(ArrearsCaseService arrears) {
    this.arrears = arrears;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Var.SERVICES, arrears.draftApplication(execution.getProcessBusinessKey(),
        (String) execution.getVariable(Var.ELIGIBLE_SERVICES)));
  }
}
