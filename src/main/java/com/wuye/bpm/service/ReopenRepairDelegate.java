package com.wuye.bpm.service;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 退回重新维修: the owner was not satisfied (as the record says); the next round of the repair begins. */
@Component
class ReopenRepairDelegate implements JavaDelegate {

  private final RepairService repairs;

  ReopenRepairDelegate(RepairService repairs) {
    this.repairs = repairs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    repairs.reopen(execution.getProcessBusinessKey());
  }
}
