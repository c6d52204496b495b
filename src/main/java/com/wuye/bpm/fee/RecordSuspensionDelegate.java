package com.wuye.bpm.fee;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 通知客服与保安: the household's services are suspended; customer service and security are told. */
@Component
class RecordSuspensionDelegate implements JavaDelegate {

  private final ArrearsCaseService arrears;

  RecordSuspensionDelegate(ArrearsCaseService arrears) {
    this.arrears = arrears;
  }

  @Override
  public void execute(DelegateExecution execution) {
    arrears.announceSuspension(execution.getProcessBusinessKey());
  }
}
