package com.wuye.bpm.service;

import static com.wuye.bpm.service.CompanySignboardProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 退回申请: the documents were not valid (as the record says); the reason is what customer service noted. */
@Component
class RejectSignboardDelegate implements JavaDelegate {

  private final SignboardService signboards;

  RejectSignboardDelegate(SignboardService signboards) {
    this.signboards = signboards;
  }

  @Override
  public void execute(DelegateExecution execution) {
    signboards.reject(execution.getProcessBusinessKey(), (String) execution.getVariable(Var.CHECK_NOTE));
  }
}
