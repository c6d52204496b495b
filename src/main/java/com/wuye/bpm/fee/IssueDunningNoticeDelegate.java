package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.FeeDunningProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 发出缴费/催款/最后催款/暂停服务通知书: one bean per notice, so that a notice task needs no input mapping (which
 * would make it a scope of its own: an execution and a variable more, written and removed, on every bill).
 */
class IssueDunningNoticeDelegate implements JavaDelegate {

  private final FeeBillService bills;
  private final DunningStage stage;

  IssueDunningNoticeDelegate(FeeBillService bills, DunningStage stage) {
    this.bills = bills;
    this.stage = stage;
  }

  @Override
  public void execute(DelegateExecution execution) {
    bills.issueNotice((String) execution.getVariable(Var.BILL_NUMBER), stage);
  }

  /** The beans the notice tasks of bpmn/fee-dunning.bpmn name. */
  @Configuration(proxyBeanMethods = false)
  static class Beans {

    @Bean
    JavaDelegate issuePaymentNoticeDelegate(FeeBillService bills) {
      return new IssueDunningNoticeDelegate(bills, DunningStage.PAYMENT_NOTICE);
    }

    @Bean
    JavaDelegate issueReminderDelegate(FeeBillService bills) {
      return new IssueDunningNoticeDelegate(bills, DunningStage.REMINDER);
    }

    @Bean
    JavaDelegate issueFinalReminderDelegate(FeeBillService bills) {
      return new IssueDunningNoticeDelegate(bills, DunningStage.FINAL_REMINDER);
    }

    @Bean
    JavaDelegate issueSuspensionNoticeDelegate(FeeBillService bills) {
      return new IssueDunningNoticeDelegate(bills, DunningStage.SUSPENSION_NOTICE);
    }
  }
}
