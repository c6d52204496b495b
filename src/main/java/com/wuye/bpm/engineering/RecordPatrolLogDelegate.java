package com.wuye.bpm.engineering;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录巡查工作日志: the checked patrol (and its repaired work order, if any) goes into the patrol log. */
@Component
class RecordPatrolLogDelegate implements JavaDelegate {

  private final EquipmentPatrolService patrols;

  RecordPatrolLogDelegate(EquipmentPatrolService patrols) {
    this.patrols = patrols;
  }

  @Override
  public void execute(DelegateExecution execution) {
    patrols.logged(execution.getProcessBusinessKey());
  }
}
