package com.wuye.bpm.renovation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 不予办理: the contractor's documents did not pass; the owner is told. */
@Component
class RefuseConstructionPassesDelegate implements JavaDelegate {

  private final ConstructionPassService passes;

  RefuseConstructionPassesDelegate(ConstructionPassService passes) {
    this.passes = passes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    passes.refuse(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
  }
}
