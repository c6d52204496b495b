package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.FeeDunningProcess.Element.*;
import static com.wuye.bpm.fee.FeeFixtures.FEBRUARY;
import static com.wuye.bpm.fee.FeeFixtures.JANUARY;
import static com.wuye.bpm.fee.FeeFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.wuye.bpm.support.ProcessTestEngine;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path through fee-dunning with the clock moved and stand-ins for the delegates (《物业品质管理手册》§5.4.10
 * 节点1–5). FeeDunningIntegrationTest runs the real delegates against the database.
 */
@Deployment(resources = "bpmn/fee-dunning.bpmn")
class FeeDunningProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(1.0);

  private static final YearMonth MARCH = FEBRUARY.plusMonths(1);
  private static final String BILL = FeeFixtures.billNumber(FEBRUARY, "JLD-1-0101");

  private final List<String> done = new ArrayList<>();

  @BeforeEach
  void standIns() {
    // the real timer dates (the company's zone), not a stand-in: the timers' boundaries are tested here
    engine.mock("dunningTimers", new DunningTimers(Clock.system(FeeFixtures.ZONE)));
    Map.of("issuePaymentNoticeDelegate", DunningStage.PAYMENT_NOTICE.id(), "issueReminderDelegate",
        DunningStage.REMINDER.id(), "issueFinalReminderDelegate", DunningStage.FINAL_REMINDER.id(),
        "issueSuspensionNoticeDelegate", DunningStage.SUSPENSION_NOTICE.id(), "handOverArrearsDelegate",
        HAND_OVER_ARREARS, "settleBillDelegate", SETTLE_BILL)
        .forEach((bean, step) -> engine.mock(bean, (JavaDelegate) execution -> done.add(step)));
  }

  @Test
  void issuesPaymentNoticeAtOnceAndWaitsForTheSixteenth() {
    ProcessInstance instance = start(FEBRUARY, at(FEBRUARY, 1, 0, 5));

    assertThat(instance).hasBusinessKey(BILL).isWaitingAt(REMINDER_DUE);
    assertThat(done).containsExactly("payment-notice");
    assertThat(timer(instance).getDuedate()).isEqualTo(at(FEBRUARY, 16, 0, 0));
  }

  @Test
  void issuesReminderAtMidnightOnTheSixteenthNotBefore() {
    ProcessInstance instance = start(FEBRUARY, at(FEBRUARY, 1, 0, 5));

    engine.setClock(at(FEBRUARY, 15, 23, 59));
    assertThat(engine.runDueJobs(instance)).isZero();
    assertThat(done).containsExactly("payment-notice");

    engine.setClock(at(FEBRUARY, 16, 0, 0));
    assertThat(engine.runDueJobs(instance)).isOne();
    assertThat(done).containsExactly("payment-notice", "reminder");
    assertThat(instance).isWaitingAt(FINAL_REMINDER_DUE);
    assertThat(timer(instance).getDuedate()).isEqualTo(at(FEBRUARY, 24, 0, 0));
  }

  @Test
  void endsWithoutFinalReminderWhenPaidOnTheTwentieth() {
    ProcessInstance instance = start(FEBRUARY, at(FEBRUARY, 1, 0, 5));
    playUntil(instance, at(FEBRUARY, 20, 10, 0));

    pay();

    assertThat(instance).isEnded().hasPassed(FEE_PAID, SETTLE_BILL, BILL_SETTLED).hasNotPassed(ISSUE_FINAL_REMINDER);
    assertThat(done).containsExactly("payment-notice", "reminder", SETTLE_BILL);
  }

  @Test
  void issuesSuspensionNoticeOnTheThirdOfMarchForFebruary() {
    ProcessInstance instance = start(FEBRUARY, at(FEBRUARY, 1, 0, 5));
    playUntil(instance, at(FEBRUARY, 24, 0, 0));
    assertThat(done).containsExactly("payment-notice", "reminder", "final-reminder");
    assertThat(timer(instance).getDuedate()).isEqualTo(at(MARCH, 3, 0, 0));

    playUntil(instance, at(MARCH, 2, 23, 59));
    assertThat(done).hasSize(3);
    playUntil(instance, at(MARCH, 3, 0, 0));
    assertThat(done).containsExactly("payment-notice", "reminder", "final-reminder", "suspension-notice");
    assertThat(instance).isWaitingAt(SUSPENSION_NOTICE_EXPIRED);
    assertThat(timer(instance).getDuedate()).isEqualTo(at(MARCH, 10, 0, 0));
  }

  @Test
  void issuesSuspensionNoticeOnTheLastDayOfAThirtyOneDayMonth() {
    ProcessInstance instance = start(JANUARY, at(JANUARY, 1, 0, 5));
    playUntil(instance, at(JANUARY, 30, 23, 59));
    assertThat(done).containsExactly("payment-notice", "reminder", "final-reminder");

    playUntil(instance, at(JANUARY, 31, 0, 0));
    assertThat(done).containsExactly("payment-notice", "reminder", "final-reminder", "suspension-notice");
    assertThat(timer(instance).getDuedate()).isEqualTo(at(FEBRUARY, 7, 0, 0));
  }

  /** 《物业品质管理手册》§5.4.10 节点5: still unpaid 7 days after the suspension notice, the household's case takes over. */
  @Test
  void handsOverToTheHouseholdCaseSevenDaysAfterTheSuspensionNotice() {
    ProcessInstance instance = start(FEBRUARY, at(FEBRUARY, 1, 0, 5));
    playUntil(instance, at(MARCH, 9, 23, 59));
    assertThat(done).doesNotContain(HAND_OVER_ARREARS);

    playUntil(instance, at(MARCH, 10, 0, 0));

    assertThat(instance).hasPassed(HAND_OVER_ARREARS, HANDED_OVER).isWaitingAt(FEE_PAID_AFTER_HAND_OVER);
    assertThat(done).endsWith("suspension-notice", HAND_OVER_ARREARS);
    assertThat(engine.processEngine().getManagementService().createJobQuery().processInstanceId(instance.getId())
        .count()).isZero();
  }

  /** 《物业品质管理手册》§5.4.10: each bill's own collection ends when that bill is paid, also after the hand-over. */
  @Test
  void settlesWhenPaidAfterTheHandOver() {
    ProcessInstance instance = start(FEBRUARY, at(FEBRUARY, 1, 0, 5));
    playUntil(instance, at(MARCH, 20, 0, 0));

    pay();

    assertThat(instance).isEnded().hasPassed(FEE_PAID_AFTER_HAND_OVER, SETTLE_BILL, BILL_SETTLED)
        .hasNotPassed(FEE_PAID);
    assertThat(done).endsWith(HAND_OVER_ARREARS, SETTLE_BILL);
  }

  @Test
  void endsWhenPaidAfterSuspensionNotice() {
    ProcessInstance instance = start(FEBRUARY, at(FEBRUARY, 1, 0, 5));
    playUntil(instance, at(MARCH, 5, 9, 0));
    assertThat(instance).isWaitingAt(SUSPENSION_NOTICE_EXPIRED);

    pay();
    assertThat(instance).isEnded().hasPassed(FEE_PAID, SETTLE_BILL).hasNotPassed(HAND_OVER_ARREARS);
  }

  @Test
  void endsAtOnceWhenPaidBeforeTheReminder() {
    ProcessInstance instance = start(FEBRUARY, at(FEBRUARY, 1, 0, 5));
    engine.setClock(at(FEBRUARY, 3, 10, 0));

    pay();
    assertThat(instance).isEnded().hasPassed(SETTLE_BILL).hasNotPassed(ISSUE_REMINDER);
    assertThat(done).containsExactly("payment-notice", SETTLE_BILL);
  }

  // ---- helpers

  private ProcessInstance start(YearMonth period, Date now) {
    engine.setClock(now);
    String number = FeeFixtures.billNumber(period, "JLD-1-0101");
    return engine.start(FeeDunningProcess.KEY, number, FeeFixtures.startVariables(number, period));
  }

  /** Moves the clock forward timer by timer up to {@code until}, firing each timer that falls due. */
  private void playUntil(ProcessInstance instance, Date until) {
    while (true) {
      Job next = engine.processEngine().getManagementService().createJobQuery().processInstanceId(instance.getId())
          .timers().orderByJobDuedate().asc().listPage(0, 1).stream().findFirst().orElse(null);
      if (next == null || next.getDuedate().after(until)) {
        break;
      }
      engine.setClock(next.getDuedate());
      engine.runDueJobs(instance);
    }
    engine.setClock(until);
  }

  private Job timer(ProcessInstance instance) {
    return engine.processEngine().getManagementService().createJobQuery().processInstanceId(instance.getId())
        .timers().singleResult();
  }

  private void pay() {
    engine.processEngine().getRuntimeService().createMessageCorrelation(FeeDunningProcess.FEE_PAID_MESSAGE)
        .processInstanceBusinessKey(BILL).correlate();
  }
}
