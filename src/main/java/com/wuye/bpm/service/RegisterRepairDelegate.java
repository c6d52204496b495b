package com.wuye.bpm.service;

import static com.wuye.bpm.service.RepairRequestProcess.Var;

import com.wuye.bpm.api.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 受理登记报修: checks the report again (a Tasklist start form is checked in the browser only), writes the record and makes its number the business key. */
@Component
class RegisterRepairDelegate implements JavaDelegate {

  private final RepairService repairs;

  RegisterRepairDelegate(RepairService repairs) {
    this.repairs = repairs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RepairIntake intake = repairs.validate(FormValues.of(execution));
    RepairRequest repair = repairs.register(intake, execution.getProcessInstanceId(),
        (String) execution.getVariable(Var.RECEIVED_BY));
    execution.setVariables(intake.asVariables());
    execution.setProcessBusinessKey(repair.number());
    execution.setVariable(Var.REPAIR_NUMBER, repair.number());
  }
}
