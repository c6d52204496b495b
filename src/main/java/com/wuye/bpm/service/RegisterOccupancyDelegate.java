package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerOccupancyProcess.Var;

import com.wuye.bpm.api.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记入住: checks the report again, writes the record and makes its number the business key. */
@Component
class RegisterOccupancyDelegate implements JavaDelegate {

  private final OccupancyService occupancies;

  RegisterOccupancyDelegate(OccupancyService occupancies) {
    this.occupancies = occupancies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OccupancyIntake intake = occupancies.validate(FormValues.of(execution));
    Occupancy occupancy = occupancies.register(intake, execution.getProcessInstanceId(),
        (String) execution.getVariable(Var.RECEIVED_BY));
    execution.setVariables(intake.asVariables());
    execution.setProcessBusinessKey(occupancy.number());
    execution.setVariable(Var.OCCUPANCY_NUMBER, occupancy.number());
  }
}
