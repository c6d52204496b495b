package com.wuye.bpm.service;

import static com.wuye.bpm.service.RepairRequestProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 转交工程服务部: records what repair-priority decided and tells the reporter the number and the response time. */
@Component
class DispatchRepairDelegate implements JavaDelegate {

  private final RepairService repairs;

  DispatchRepairDelegate(RepairService repairs) {
    this.repairs = repairs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    repairs.dispatch(execution.getProcessBusinessKey(), new RepairTriage.Result(
        (String) execution.getVariable(Var.PRIORITY), ((Number) execution.getVariable(Var.RESPONSE_MINUTES)).intValue(),
        Boolean.TRUE.equals(execution.getVariable(Var.CHARGEABLE))));
  }
}
