package com.wuye.bpm.service;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 结案: closes the record (only when the callback recorded a satisfied owner) and tells the reporter. */
@Component
class CloseRepairDelegate implements JavaDelegate {

  private final RepairService repairs;

  CloseRepairDelegate(RepairService repairs) {
    this.repairs = repairs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    repairs.close(execution.getProcessBusinessKey());
  }
}
