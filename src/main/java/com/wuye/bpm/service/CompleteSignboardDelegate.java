package com.wuye.bpm.service;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 办结: the sign is hung; the application is completed. */
@Component
class CompleteSignboardDelegate implements JavaDelegate {

  private final SignboardService signboards;

  CompleteSignboardDelegate(SignboardService signboards) {
    this.signboards = signboards;
  }

  @Override
  public void execute(DelegateExecution execution) {
    signboards.complete(execution.getProcessBusinessKey());
  }
}
