package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.ConstructionPassProcess.Var;

import com.wuye.bpm.api.FormValues;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 办理申请: records the contractor's request under a valid permit and makes its number the business key. */
@Component
class RecordPassRequestDelegate implements JavaDelegate {

  private final ConstructionPassService passes;

  RecordPassRequestDelegate(ConstructionPassService passes) {
    this.passes = passes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValues values = FormValues.of(execution);
    ConstructionPassRequest request = passes.register(values, execution.getProcessInstanceId(),
        values.text(Var.REQUESTED_BY));
    RenovationPermit permit = passes.permitOf(request);
    execution.setProcessBusinessKey(request.number());
    execution.setVariable(Var.REQUEST_NUMBER, request.number());
    execution.setVariable(Var.UNIT, permit.unit());
    execution.setVariable(Var.PASSES_VALID_UNTIL,
        Date.from(permit.validUntil().atTime(LocalTime.of(23, 59)).atZone(passes.zone()).toInstant()));
  }
}
