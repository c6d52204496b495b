package com.wuye.bpm.service;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 委托制作: the sign ordered from the external maker. */
@Component
class OrderSignboardDelegate implements JavaDelegate {

  private final SignboardService signboards;

  OrderSignboardDelegate(SignboardService signboards) {
    this.signboards = signboards;
  }

  @Override
  public void execute(DelegateExecution execution) {
    signboards.order(execution.getProcessBusinessKey());
  }
}
