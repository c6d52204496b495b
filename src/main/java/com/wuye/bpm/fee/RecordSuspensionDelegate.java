package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.FeeDunningProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 通知客服与保安: services are suspended; customer service and security are told. */
@Component
class RecordSuspensionDelegate implements JavaDelegate {

  private final FeeBillService bills;

  RecordSuspensionDelegate(FeeBillService bills) {
    this.bills = bills;
  }

  @Override
  public void execute(DelegateExecution execution) {
    bills.announceSuspension((String) execution.getVariable(Var.BILL_NUMBER),
        (String) execution.getVariable(Var.SERVICES));
  }
}
