package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.RenovationApprovalProcess.Var;

import com.wuye.bpm.api.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 登记装修申请: reads the application the start form or the REST API submitted, writes it and makes its number the
 * business key.
 */
@Component
class RecordRenovationApplicationDelegate implements JavaDelegate {

  private final RenovationService renovations;

  RecordRenovationApplicationDelegate(RenovationService renovations) {
    this.renovations = renovations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Renovation renovation = renovations.register(renovations.read(FormValues.of(execution)),
        execution.getProcessInstanceId(), (String) execution.getVariable(Var.APPLIED_BY));
    execution.setProcessBusinessKey(renovation.number());
    execution.setVariable(Var.APPLICATION_NUMBER, renovation.number());
  }
}
