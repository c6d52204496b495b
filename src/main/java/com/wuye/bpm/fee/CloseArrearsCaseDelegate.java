package com.wuye.bpm.fee;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 结案: the household owes nothing; the case (the business key) is closed. */
@Component
class CloseArrearsCaseDelegate implements JavaDelegate {

  private final ArrearsCaseService arrears;

  CloseArrearsCaseDelegate(ArrearsCaseService arrears) {
    this.arrears = arrears;
  }

  @Override
  public void execute(DelegateExecution execution) {
    arrears.close(execution.getProcessBusinessKey());
  }
}
