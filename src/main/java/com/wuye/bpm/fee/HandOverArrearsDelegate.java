package com.wuye.bpm.fee;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 移交住户欠费案件: the bill (the business key) joins its household's arrears case, or opens it. */
@Component
class HandOverArrearsDelegate implements JavaDelegate {

  private final ArrearsCaseService arrears;

  HandOverArrearsDelegate(ArrearsCaseService arrears) {
    this.arrears = arrears;
  }

  @Override
  public void execute(DelegateExecution execution) {
    arrears.handOver(execution.getProcessBusinessKey());
  }
}
