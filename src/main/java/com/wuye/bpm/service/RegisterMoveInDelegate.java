package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerMoveInProcess.Var;

import com.wuye.bpm.api.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记迁入: checks the application again, writes the record and makes its number the business key. */
@Component
class RegisterMoveInDelegate implements JavaDelegate {

  private final MoveInService moveIns;

  RegisterMoveInDelegate(MoveInService moveIns) {
    this.moveIns = moveIns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MoveInIntake intake = moveIns.validate(FormValues.of(execution));
    MoveIn moveIn = moveIns.register(intake, execution.getProcessInstanceId(),
        (String) execution.getVariable(Var.RECEIVED_BY));
    execution.setVariables(intake.asVariables());
    execution.setProcessBusinessKey(moveIn.number());
    execution.setVariable(Var.MOVE_IN_NUMBER, moveIn.number());
  }
}
