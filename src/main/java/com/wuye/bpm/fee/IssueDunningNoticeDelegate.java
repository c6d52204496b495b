package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.FeeDunningProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 发出缴费/催款/最后催款/暂停服务通知书: the task's input parameter {@code stage} says which. */
@Component
class IssueDunningNoticeDelegate implements JavaDelegate {

  private final FeeBillService bills;

  IssueDunningNoticeDelegate(FeeBillService bills) {
    this.bills = bills;
  }

  @Override
  public void execute(DelegateExecution execution) {
    bills.issueNotice((String) execution.getVariable(Var.BILL_NUMBER),
        DunningStage.of((String) execution.getVariable(Var.STAGE)));
  }
}
