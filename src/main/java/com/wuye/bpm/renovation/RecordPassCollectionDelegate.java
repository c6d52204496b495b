package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.ConstructionPassProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 收回出入证: every pass collected except the ones recorded missing. */
@Component
class RecordPassCollectionDelegate implements JavaDelegate {

  private final ConstructionPassService passes;

  RecordPassCollectionDelegate(ConstructionPassService passes) {
    this.passes = passes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    passes.collect(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        (String) execution.getVariable(Var.MISSING_PASS_NUMBERS), (String) execution.getVariable(Var.COLLECTION_NOTE));
  }
}
