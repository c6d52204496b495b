package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.FeeDunningProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 审核入账并销案: the bill is paid in full; its case is closed. */
@Component
class SettleBillDelegate implements JavaDelegate {

  private final FeeBillService bills;

  SettleBillDelegate(FeeBillService bills) {
    this.bills = bills;
  }

  @Override
  public void execute(DelegateExecution execution) {
    bills.settle((String) execution.getVariable(Var.BILL_NUMBER));
  }
}
