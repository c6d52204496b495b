package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.ConstructionPassProcess.Var;

import com.wuye.bpm.api.FormValues;
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
    FormValues values = FormValues.of(execution);
    passes.collect(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        values.text(Var.MISSING_PASS_NUMBERS), values.text(Var.COLLECTION_NOTE));
  }
}
