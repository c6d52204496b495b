package com.wuye.bpm.engineering;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录漏巡: the patrol's deadline passed before the equipment was checked. */
@Component
class RecordMissedPatrolDelegate implements JavaDelegate {

  private final EquipmentPatrolService patrols;

  RecordMissedPatrolDelegate(EquipmentPatrolService patrols) {
    this.patrols = patrols;
  }

  @Override
  public void execute(DelegateExecution execution) {
    patrols.missed(execution.getProcessBusinessKey());
  }
}
