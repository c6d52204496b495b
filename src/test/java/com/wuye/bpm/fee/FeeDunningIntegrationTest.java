package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.FeeDunningProcess.Element.*;
import static com.wuye.bpm.fee.FeeDunningProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.wuye.bpm.support.SpringIntegrationTest;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** fee-dunning with its real delegates on the database: bills from a billing run, notices, payments, suspension. */
class FeeDunningIntegrationTest extends SpringIntegrationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired BillingRunService billingRuns;
  @Autowired FeeBillService bills;
  @Autowired PaymentService payments;

  /** billed once for the class (a billing run bills every unit of the database): each test has its own unit */
  private static FeeTestEstate estate;
  private static YearMonth period;

  @BeforeEach
  void billAFreshEstateOnce() {
    if (estate == null) {
      period = FeeTestEstate.freshPeriod();
      estate = FeeTestEstate.billed(jdbc, billingRuns, 5, period);
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void playsTheMonthAndEndsWhenPaidInFullAfterAPartialPayment() {
    String number = estate.bill(period, 0);
    ProcessInstance instance = instance(number);
    assertThat(instance).isWaitingAt(REMINDER_DUE);
    assertThat(noticeStages(number)).containsExactly("payment-notice");
    assertThat(outbox(number)).containsExactly("fee-payment-notice");

    fire(instance, day(15, 23, 59));
    assertThat(noticeStages(number)).containsExactly("payment-notice");
    fire(instance, day(16, 0, 0));
    assertThat(noticeStages(number)).containsExactly("payment-notice", "reminder");
    assertThat(bills.get(number).stage()).isEqualTo(DunningStage.REMINDER);

    payments.pay(number, new PaymentRequest(new BigDecimal("100.00"), "cash", "R-1"), "k-" + number + "-1", "caiwu");
    assertThat(instance).isNotEnded();
    fire(instance, day(24, 0, 0));
    assertThat(noticeStages(number)).containsExactly("payment-notice", "reminder", "final-reminder");

    payments.pay(number, new PaymentRequest(new BigDecimal("150.00"), "wechat", "R-2"), "k-" + number + "-2", "caiwu");
    assertThat(instance).isEnded().hasPassed(FEE_PAID, SETTLE_BILL);
    FeeBill bill = bills.get(number);
    assertThat(bill.stage()).isEqualTo(DunningStage.SETTLED);
    assertThat(bill.paidAmount()).isEqualByComparingTo("250.00");
    assertThat(bill.paidAt()).isNotNull();
    assertThat(bill.settledAt()).isNotNull();
  }

  @Test
  void endsWithoutFinalReminderWhenPaidOnTheTwentieth() {
    String number = estate.bill(period, 1);
    ProcessInstance instance = instance(number);
    fire(instance, day(16, 0, 0));
    ClockUtil.setCurrentTime(day(20, 10, 0));

    payments.pay(number, new PaymentRequest(FeeTestEstate.BILL_AMOUNT, "alipay", "R-3"), "k-" + number, "caiwu");

    assertThat(instance).isEnded();
    assertThat(noticeStages(number)).containsExactly("payment-notice", "reminder");
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
        .isZero();
  }

  @Test
  void writesOneNoticeWhenTheNoticeJobRunsTwice() {
    String number = estate.bill(period, 2);
    fire(instance(number), day(16, 0, 0));

    assertThat(bills.issueNotice(number, DunningStage.REMINDER)).isFalse();
    assertThat(bills.issueNotice(number, DunningStage.PAYMENT_NOTICE)).isFalse();

    assertThat(noticeStages(number)).containsExactly("payment-notice", "reminder");
    assertThat(outbox(number)).containsExactly("fee-payment-notice", "fee-reminder");
  }

  @Test
  void suspendsWithApprovalThenRestoresAndClosesWhenPaid() {
    String number = estate.bill(period, 3);
    ProcessInstance instance = instance(number);
    YearMonth next = period.plusMonths(1);
    for (Date at : List.of(day(16, 0, 0), day(24, 0, 0), at(next, 3), at(next, 10), at(next, 10))) {
      fire(instance, at);
    }
    assertThat(instance).isWaitingAt(APPLY_SUSPENSION);
    assertThat(instance).variables().containsEntry(Var.MONTHS_IN_ARREARS, 1).containsEntry(Var.ELIGIBLE, true)
        .containsEntry(Var.SERVICES, "air-conditioning").containsEntry(Var.UNIT_CODE, estate.unitCodes().get(3));
    assertThat((String) processEngine.getRuntimeService().getVariable(instance.getId(), Var.ARREARS_HISTORY))
        .contains(number, "欠 250.00", "暂停服务通知书");

    complete(number, APPLY_SUSPENSION, FeeFixtures.completion(APPLY_SUSPENSION));
    complete(number, APPROVE_SUSPENSION, FeeFixtures.completion(APPROVE_SUSPENSION));
    complete(number, SUSPEND_SERVICES, FeeFixtures.completion(SUSPEND_SERVICES));
    assertThat(instance).isWaitingAt(FEE_PAID_WHILE_SUSPENDED);
    assertThat(bills.get(number).stage()).isEqualTo(DunningStage.SUSPENDED);
    assertThat(outbox(number)).contains("fee-suspended-customer-service", "fee-suspended-security");

    payments.pay(number, new PaymentRequest(FeeTestEstate.BILL_AMOUNT, "cash", "R-4"), "k-" + number, "caiwu");
    assertThat(instance).isWaitingAt(RESTORE_SERVICES);
    complete(number, RESTORE_SERVICES, FeeFixtures.completion(RESTORE_SERVICES));

    assertThat(instance).isEnded().hasPassed(RECORD_RESTORATION, SETTLE_BILL);
    Map<String, Object> suspension = jdbc.queryForMap("""
        select s.* from service_suspension s join fee_bill b on b.id = s.bill_id where b.number = ?""", number);
    assertThat(suspension).containsEntry("SERVICES", "air-conditioning").containsEntry("APPROVED", true);
    assertThat(suspension.get("SUSPENDED_AT")).isNotNull();
    assertThat(suspension.get("RESTORED_AT")).isNotNull();
    assertThat(bills.get(number).stage()).isEqualTo(DunningStage.SETTLED);
  }

  @Test
  void refusesAnArrangementWithoutAgreedDate() {
    String number = estate.bill(period, 4);
    ProcessInstance instance = instance(number);
    YearMonth next = period.plusMonths(1);
    for (Date at : List.of(day(16, 0, 0), day(24, 0, 0), at(next, 3), at(next, 10))) {
      fire(instance, at);
    }
    complete(number, APPLY_SUSPENSION, FeeFixtures.completion(APPLY_SUSPENSION));
    complete(number, APPROVE_SUSPENSION, FeeFixtures.rejection());
    assertThat(instance).isWaitingAt(ARRANGE_PAYMENT);

    Map<String, Object> noDate = FeeFixtures.completion(ARRANGE_PAYMENT);
    noDate.remove(Var.AGREED_PAYMENT_DATE);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(number, ARRANGE_PAYMENT, noDate))
        .hasRootCauseInstanceOf(com.wuye.bpm.api.BadInputException.class).hasMessageContaining(Var.AGREED_PAYMENT_DATE);
    assertThat(instance).isWaitingAt(ARRANGE_PAYMENT);
  }

  private ProcessInstance instance(String number) {
    return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult();
  }

  /** Moves the engine's clock and executes the instance's timer if it is due by then. */
  private void fire(ProcessInstance instance, Date at) {
    ClockUtil.setCurrentTime(at);
    for (Job job : processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .executable().list()) {
      processEngine.getManagementService().executeJob(job.getId());
    }
  }

  private Date day(int day, int hour, int minute) {
    return FeeFixtures.at(period, day, hour, minute);
  }

  private static Date at(YearMonth month, int day) {
    return FeeFixtures.at(month, day, 0, 0);
  }

  private void complete(String number, String taskKey, Map<String, Object> variables) {
    Task task = processEngine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey)
        .processInstanceBusinessKey(number).singleResult();
    processEngine.getTaskService().complete(task.getId(), variables);
  }

  private List<String> noticeStages(String number) {
    return jdbc.queryForList("""
        select n.stage from dunning_notice n join fee_bill b on b.id = n.bill_id where b.number = ? order by n.id""",
        String.class, number);
  }

  private List<String> outbox(String number) {
    return jdbc.queryForList("select kind from notice where reference = ? order by id", String.class, number);
  }
}
