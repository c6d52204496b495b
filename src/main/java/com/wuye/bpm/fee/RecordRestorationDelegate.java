package com.wuye.bpm.fee;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录恢复并通知: the household's services are back; customer service and security are told. */
@Component
class RecordRestorationDelegate implements JavaDelegate {

  private final ArrearsCaseService arrears;

  RecordRestorationDelegate(ArrearsCaseService arrears) {
    this.arrears = arrears;
  }

  @Override
  public void execute(DelegateExecution execution) {
    arrears.announceRestoration(execution.getProcessBusinessKey());
  }
}
