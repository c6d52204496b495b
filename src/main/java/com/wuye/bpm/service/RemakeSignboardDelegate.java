package com.wuye.bpm.service;

import static com.wuye.bpm.service.CompanySignboardProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 退回重做: the sign differs from the application (as the record says); back to the maker with what differs. */
@Component
class RemakeSignboardDelegate implements JavaDelegate {

  private final SignboardService signboards;

  RemakeSignboardDelegate(SignboardService signboards) {
    this.signboards = signboards;
  }

  @Override
  public void execute(DelegateExecution execution) {
    signboards.remake(execution.getProcessBusinessKey(), (String) execution.getVariable(Var.SIGN_CHECK_NOTE));
  }
}
