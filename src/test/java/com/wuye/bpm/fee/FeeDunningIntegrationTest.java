package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.FeeDunningProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.wuye.bpm.support.SpringIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * fee-dunning with its real delegates on the database: bills from a billing run, letters, payments, the settling
 * check (《物业品质管理手册》§5.4.10 节点1–4). HouseholdArrearsIntegrationTest covers the household's case.
 */
@ExtendWith(OutputCaptureExtension.class)
class FeeDunningIntegrationTest extends SpringIntegrationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired BillingRunService billingRuns;
  @Autowired FeeBillService bills;
  @Autowired PaymentService payments;

  /** billed once for the class, two months (a billing run bills every unit of the database): one unit a test */
  private static FeeTestEstate estate;
  private static YearMonth period;

  @BeforeEach
  void billAFreshEstateOnce() {
    if (estate == null) {
      period = FeeTestEstate.freshPeriod();
      estate = FeeTestEstate.billed(jdbc, billingRuns, 6, period);
      billingRuns.prepare(period.plusMonths(1));
      billingRuns.run(period.plusMonths(1));
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void playsTheMonthAndEndsWhenPaidInFullAfterAPartialPayment() {
    String number = estate.bill(period, 0);
    FeeMonth month = month(0);
    ProcessInstance instance = instance(number);
    assertThat(instance).isWaitingAt(REMINDER_DUE);
    assertThat(noticeStages(number)).containsExactly("payment-notice");
    assertThat(outbox(number)).containsExactly("fee-payment-notice");

    month.at(day(period, 15, 23, 59));
    assertThat(noticeStages(number)).containsExactly("payment-notice");
    month.at(day(period, 16, 0, 0));
    assertThat(noticeStages(number)).containsExactly("payment-notice", "reminder");
    assertThat(bills.get(number).stage()).isEqualTo(DunningStage.REMINDER);

    payments.pay(number, new PaymentRequest(new BigDecimal("100.00"), "cash", "R-1"), "k-" + number + "-1", "caiwu");
    assertThat(instance).isNotEnded();
    month.at(day(period, 24, 0, 0));
    assertThat(noticeStages(number)).containsExactly("payment-notice", "reminder", "final-reminder");

    payments.pay(number, new PaymentRequest(new BigDecimal("150.00"), "wechat", "R-2"), "k-" + number + "-2", "caiwu");
    assertThat(instance).isEnded().hasPassed(FEE_PAID, SETTLE_BILL);
    FeeBill bill = bills.get(number);
    assertThat(bill.stage()).isEqualTo(DunningStage.SETTLED);
    assertThat(bill.paidAmount()).isEqualByComparingTo("250.00");
    assertThat(bill.paidAt()).isNotNull();
    assertThat(bill.settledAt()).isNotNull();
  }

  /** 《物业品质管理手册》§5.4.10: a bill's own reminders stop when that bill is paid, whatever its household owes. */
  @Test
  void stopsTheBillsRemindersWhenThatBillIsPaid() {
    String number = estate.bill(period, 1);
    ProcessInstance instance = instance(number);
    month(1).at(day(period, 16, 0, 0));
    ClockUtil.setCurrentTime(day(period, 20, 10, 0));

    payments.pay(number, new PaymentRequest(FeeTestEstate.BILL_AMOUNT, "alipay", "R-3"), "k-" + number, "caiwu");

    assertThat(instance).isEnded();
    assertThat(noticeStages(number)).containsExactly("payment-notice", "reminder");
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId()).count())
        .isZero();
    assertThat(instance(estate.bill(period.plusMonths(1), 1))).isNotNull();
  }

  @Test
  void writesOneNoticeWhenTheNoticeJobRunsTwice() {
    String number = estate.bill(period, 2);
    month(2).at(day(period, 16, 0, 0));

    assertThat(bills.issueNotice(number, DunningStage.REMINDER)).isFalse();
    assertThat(bills.issueNotice(number, DunningStage.PAYMENT_NOTICE)).isFalse();

    assertThat(noticeStages(number)).containsExactly("payment-notice", "reminder");
    assertThat(outbox(number)).containsExactly("fee-payment-notice", "fee-reminder");
  }

  /**
   * 《物业品质管理手册》§5.4.10 节点1–4: the payment notice asks for payment by the 15th of the billing month; every
   * later letter by the day before the next stage comes (the final reminder's the day before the suspension
   * notice, the suspension notice's the day before the case takes over).
   */
  @Test
  void asksForTheFifteenthThenForTheDayBeforeTheNextStage() {
    String number = estate.bill(period, 3);
    month(3).playToHandOver(period);

    LocalDate start = period.atDay(1);
    assertThat(payBy(number)).containsExactly(period.atDay(15), period.atDay(23), start.plusDays(29),
        start.plusDays(36));
    assertThat(letters(number)).satisfiesExactly(
        letter -> assertThat(letter).contains("请于 " + period.atDay(15) + "（含当日）前缴纳"),
        letter -> assertThat(letter).contains("请于 " + period.atDay(23) + "（含当日）前缴纳"),
        letter -> assertThat(letter).contains("请于 " + start.plusDays(29) + "（含当日）前缴纳"),
        letter -> assertThat(letter).contains("请于 " + start.plusDays(36) + "（含当日）前缴纳"));
  }

  /** 《物业品质管理手册》§5.4.10 节点1: a bill issued before its month still asks for the 15th of its own month. */
  @Test
  void asksABillIssuedAheadOfItsMonthForTheFifteenthOfItsOwnMonth() {
    YearMonth next = period.plusMonths(1);
    String number = estate.bill(next, 3);

    assertThat(jdbc.queryForObject("""
        select n.issued_at < b.period_start from dunning_notice n join fee_bill b on b.id = n.bill_id
        where b.number = ?""", Boolean.class, number)).isTrue();
    assertThat(payBy(number)).containsExactly(next.atDay(15));
    assertThat(letters(number)).singleElement().asString().contains("请于 " + next.atDay(15) + "（含当日）前缴纳");
  }

  /**
   * 《物业品质管理手册》§5.4.10 图“出纳收款 → 审核入账”: only money settles a bill. A FeePaid correlated by hand for an
   * unpaid bill is refused and logged; the case waits where it waited and nothing is written.
   */
  @Test
  void refusesAFeePaidForAnUnpaidBillAndChangesNothing(CapturedOutput output) {
    String number = estate.bill(period, 4);
    ProcessInstance instance = instance(number);
    month(4).at(day(period, 20, 0, 0));
    int notices = count("dunning_notice"), steps = count("case_step"), suspensions = count("service_suspension");

    assertThatThrownBy(() -> processEngine.getRuntimeService()
        .createMessageCorrelation(FeeDunningProcess.FEE_PAID_MESSAGE).processInstanceBusinessKey(number).correlate())
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining(number);

    assertThat(instance).isWaitingAt(FINAL_REMINDER_DUE).hasNotPassed(FEE_PAID, SETTLE_BILL);
    FeeBill bill = bills.get(number);
    assertThat(bill.stage()).isEqualTo(DunningStage.REMINDER);
    assertThat(bill.settledAt()).isNull();
    assertThat(List.of(count("dunning_notice"), count("case_step"), count("service_suspension")))
        .containsExactly(notices, steps, suspensions);
    assertThat(output).contains("FeePaid for bill " + number + " refused");
  }

  private FeeMonth month(int unit) {
    return new FeeMonth(processEngine, estate.unitCodes().get(unit));
  }

  private ProcessInstance instance(String number) {
    return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult();
  }

  private static java.util.Date day(YearMonth month, int day, int hour, int minute) {
    return FeeFixtures.at(month, day, hour, minute);
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }

  private List<String> noticeStages(String number) {
    return jdbc.queryForList("""
        select n.stage from dunning_notice n join fee_bill b on b.id = n.bill_id where b.number = ? order by n.id""",
        String.class, number);
  }

  private List<LocalDate> payBy(String number) {
    return jdbc.queryForList("""
        select n.pay_by from dunning_notice n join fee_bill b on b.id = n.bill_id where b.number = ? order by n.id""",
        LocalDate.class, number);
  }

  private List<String> letters(String number) {
    return jdbc.queryForList("select body from notice where reference = ? and channel = 'letter' order by id",
        String.class, number);
  }

  private List<String> outbox(String number) {
    return jdbc.queryForList("select kind from notice where reference = ? order by id", String.class, number);
  }
}
