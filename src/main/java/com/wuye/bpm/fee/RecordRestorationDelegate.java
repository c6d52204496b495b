package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.FeeDunningProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录恢复并通知: services are back; customer service and security are told. */
@Component
class RecordRestorationDelegate implements JavaDelegate {

  private final FeeBillService bills;

  RecordRestorationDelegate(FeeBillService bills) {
    this.bills = bills;
  }

  @Override
  public void execute(DelegateExecution execution) {
    bills.announceRestoration((String) execution.getVariable(Var.BILL_NUMBER),
        (String) execution.getVariable(Var.SERVICES));
  }
}
