package com.wuye.bpm.service;

import static com.wuye.bpm.service.CompanySignboardProcess.Var;

import com.wuye.bpm.api.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 受理申请: checks the application again, writes the record and makes its number the business key. */
@Component
class RegisterSignboardDelegate implements JavaDelegate {

  private final SignboardService signboards;

  RegisterSignboardDelegate(SignboardService signboards) {
    this.signboards = signboards;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SignboardIntake intake = signboards.validate(FormValues.of(execution));
    Signboard signboard = signboards.register(intake, execution.getProcessInstanceId(),
        (String) execution.getVariable(Var.RECEIVED_BY));
    execution.setVariables(intake.asVariables());
    execution.setProcessBusinessKey(signboard.number());
    execution.setVariable(Var.SIGNBOARD_NUMBER, signboard.number());
  }
}
