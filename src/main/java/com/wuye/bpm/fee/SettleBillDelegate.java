package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.FeeDunningProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 审核入账并销案: the bill (the business key) is paid in full and its case closes. A FeePaid for a bill that is
 * not paid is refused: the correlation is rolled back and the case waits where it waited.
 */
@Component
class SettleBillDelegate implements JavaDelegate {

  private final FeeBillService bills;

  SettleBillDelegate(FeeBillService bills) {
    this.bills = bills;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = execution.getProcessBusinessKey();
    if (!bills.settle(number)) {
      throw NotPaidException.bill(number);
    }
  }
}
