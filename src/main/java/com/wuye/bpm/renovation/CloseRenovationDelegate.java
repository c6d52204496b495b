package com.wuye.bpm.renovation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 装修结案: closes the application and tells the owner what was refunded. */
@Component
class CloseRenovationDelegate implements JavaDelegate {

  private final RenovationService renovations;

  CloseRenovationDelegate(RenovationService renovations) {
    this.renovations = renovations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    renovations.close(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
  }
}
