package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.FeeDunningProcess.Element.*;
import static com.wuye.bpm.fee.FeeDunningProcess.Var;
import static com.wuye.bpm.fee.FeeFixtures.FEBRUARY;
import static com.wuye.bpm.fee.FeeFixtures.JANUARY;
import static com.wuye.bpm.fee.FeeFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.wuye.bpm.support.EngineSteps;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path through fee-dunning with the clock moved, the real decision suspension-eligibility, and stand-ins
 * for the delegates. FeeDunningIntegrationTest runs the real delegates against the database.
 */
@Deployment(resources = {"bpmn/fee-dunning.bpmn", "dmn/suspension-eligibility.dmn"})
class FeeDunningProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.cfg.xml").build();

  private static final String BILL = FeeFixtures.billNumber(FEBRUARY, "JLD-1-0101");

  private final List<String> notices = new ArrayList<>();
  private final List<String> records = new ArrayList<>();
  private int monthsInArrears = 1;
  private boolean medicalEquipment;

  @BeforeEach
  void standIns() {
    BpmnAwareTests.init(engine.getProcessEngine());
    // the real timer dates (the company's zone), not a stand-in: the timers' boundaries are tested here
    Mocks.register("dunningTimers", new DunningTimers(Clock.system(FeeFixtures.ZONE)));
    Map.of("issuePaymentNoticeDelegate", DunningStage.PAYMENT_NOTICE, "issueReminderDelegate", DunningStage.REMINDER,
        "issueFinalReminderDelegate", DunningStage.FINAL_REMINDER, "issueSuspensionNoticeDelegate",
        DunningStage.SUSPENSION_NOTICE).forEach((bean, stage) ->
        Mocks.register(bean, (JavaDelegate) execution -> notices.add(stage.id())));
    Mocks.register("assessArrearsDelegate", (JavaDelegate) execution -> {
      execution.setVariable(Var.MONTHS_IN_ARREARS, monthsInArrears);
      execution.setVariable(Var.AMOUNT_OWED, 250.0 * monthsInArrears);
      execution.setVariable(Var.MEDICAL_EQUIPMENT, medicalEquipment);
      execution.setVariable(Var.ARREARS_HISTORY, "2027-02 欠 250.00");
    });
    Mocks.register("recordSuspensionDelegate", (JavaDelegate) execution -> records.add(RECORD_SUSPENSION));
    Mocks.register("recordRestorationDelegate", (JavaDelegate) execution -> records.add(RECORD_RESTORATION));
    Mocks.register("settleBillDelegate", (JavaDelegate) execution -> records.add(SETTLE_BILL));
    Mocks.register("dunningTaskRecorder", (TaskListener) task -> {
      records.add(task.getTaskDefinitionKey());
      if (ARRANGE_PAYMENT.equals(task.getTaskDefinitionKey())) {
        task.setVariable(Var.FOLLOW_UP_AT, task.getVariable(Var.AGREED_PAYMENT_DATE) + "T00:00:00+08:00");
      }
    });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void issuesPaymentNoticeAtOnceAndWaitsForTheSixteenth() {
    ProcessInstance instance = start(FEBRUARY, at(FEBRUARY, 1, 0, 5));

    assertThat(instance).hasBusinessKey(BILL).isWaitingAt(REMINDER_DUE);
    assertThat(notices).containsExactly("payment-notice");
    assertThat(timer(instance).getDuedate()).isEqualTo(at(FEBRUARY, 16, 0, 0));
  }

  @Test
  void issuesReminderAtMidnightOnTheSixteenthNotBefore() {
    ProcessInstance instance = start(FEBRUARY, at(FEBRUARY, 1, 0, 5));

    moveClock(at(FEBRUARY, 15, 23, 59));
    assertThat(fireDueTimers()).isZero();
    assertThat(notices).containsExactly("payment-notice");

    moveClock(at(FEBRUARY, 16, 0, 0));
    assertThat(fireDueTimers()).isOne();
    assertThat(notices).containsExactly("payment-notice", "reminder");
    assertThat(instance).isWaitingAt(FINAL_REMINDER_DUE);
    assertThat(timer(instance).getDuedate()).isEqualTo(at(FEBRUARY, 24, 0, 0));
  }

  @Test
  void endsWithoutFinalReminderWhenPaidOnTheTwentieth() {
    ProcessInstance instance = start(FEBRUARY, at(FEBRUARY, 1, 0, 5));
    playUntil(at(FEBRUARY, 20, 10, 0));

    pay();

    assertThat(instance).isEnded().hasPassed(FEE_PAID, SETTLE_BILL, BILL_SETTLED).hasNotPassed(ISSUE_FINAL_REMINDER);
    assertThat(notices).containsExactly("payment-notice", "reminder");
    assertThat(records).containsExactly(SETTLE_BILL);
    moveClock(at(FEBRUARY, 24, 0, 0));
    assertThat(fireDueTimers()).isZero();
  }

  @Test
  void issuesSuspensionNoticeOnTheThirdOfMarchForFebruary() {
    ProcessInstance instance = start(FEBRUARY, at(FEBRUARY, 1, 0, 5));
    playUntil(at(FEBRUARY, 24, 0, 0));
    assertThat(notices).containsExactly("payment-notice", "reminder", "final-reminder");
    assertThat(timer(instance).getDuedate()).isEqualTo(at(YearMonth.of(2027, 3), 3, 0, 0));

    playUntil(at(YearMonth.of(2027, 3), 2, 23, 59));
    assertThat(notices).hasSize(3);
    playUntil(at(YearMonth.of(2027, 3), 3, 0, 0));
    assertThat(notices).containsExactly("payment-notice", "reminder", "final-reminder", "suspension-notice");
    assertThat(instance).isWaitingAt(SUSPENSION_NOTICE_EXPIRED);
    assertThat(timer(instance).getDuedate()).isEqualTo(at(YearMonth.of(2027, 3), 10, 0, 0));
  }

  @Test
  void issuesSuspensionNoticeOnTheLastDayOfAThirtyOneDayMonth() {
    ProcessInstance instance = start(JANUARY, at(JANUARY, 1, 0, 5));
    playUntil(at(JANUARY, 30, 23, 59));
    assertThat(notices).containsExactly("payment-notice", "reminder", "final-reminder");

    playUntil(at(JANUARY, 31, 0, 0));
    assertThat(notices).containsExactly("payment-notice", "reminder", "final-reminder", "suspension-notice");
    assertThat(timer(instance).getDuedate()).isEqualTo(at(FEBRUARY, 7, 0, 0));
  }

  @Test
  void suspendsServicesWhenGeneralManagerApproves() {
    ProcessInstance instance = startAndPlayToApplication();

    assertThat(instance).hasPassed(ASSESS_ARREARS, CHECK_SUSPENSION_ELIGIBILITY).isWaitingAt(APPLY_SUSPENSION);
    assertThat(instance).variables().containsEntry(Var.ELIGIBLE, true).containsEntry(Var.SERVICES, "air-conditioning")
        .doesNotContainKey("eligibility");
    assertThat(task(instance)).hasCandidateGroup("customer-service");
    completeHappy(instance, APPLY_SUSPENSION);
    assertThat(task(instance)).hasCandidateGroup("general-manager");
    completeHappy(instance, APPROVE_SUSPENSION);
    assertThat(task(instance)).hasCandidateGroup("engineering");
    completeHappy(instance, SUSPEND_SERVICES);

    assertThat(instance).hasPassed(RECORD_SUSPENSION, SERVICES_SUSPENDED).isWaitingAt(FEE_PAID_WHILE_SUSPENDED);
    assertThat(records).containsExactly(APPLY_SUSPENSION, APPROVE_SUSPENSION, SUSPEND_SERVICES, RECORD_SUSPENSION);
  }

  @Test
  void restoresServicesAndClosesWhenPaidDuringSuspension() {
    ProcessInstance instance = startAndPlayToApplication();
    completeHappy(instance, APPLY_SUSPENSION, APPROVE_SUSPENSION, SUSPEND_SERVICES);

    pay();
    assertThat(instance).isWaitingAt(RESTORE_SERVICES);
    assertThat(task(instance)).hasCandidateGroup("engineering");
    completeHappy(instance, RESTORE_SERVICES);

    assertThat(instance).isEnded().hasPassed(RECORD_RESTORATION, SETTLE_BILL, BILL_SETTLED);
    assertThat(records).endsWith(RECORD_SUSPENSION, RESTORE_SERVICES, RECORD_RESTORATION, SETTLE_BILL);
  }

  @Test
  void suspendsAirConditioningAndPowerFromThreeMonthsInArrears() {
    monthsInArrears = 3;
    ProcessInstance instance = startAndPlayToApplication();

    assertThat(instance).variables().containsEntry(Var.SERVICES, "air-conditioning,power");
  }

  @Test
  void arrangesPaymentWhenGeneralManagerRejects() {
    ProcessInstance instance = startAndPlayToApplication();
    completeHappy(instance, APPLY_SUSPENSION);
    complete(APPROVE_SUSPENSION, FeeFixtures.rejection());

    assertThat(instance).isWaitingAt(ARRANGE_PAYMENT).hasNotPassed(SUSPEND_SERVICES);
    assertThat(task(instance)).hasCandidateGroup("customer-service");
    completeHappy(instance, ARRANGE_PAYMENT);
    assertThat(instance).isWaitingAt(AGREED_PAYMENT_DATE_PASSED);
    assertThat(timer(instance).getDuedate()).isEqualTo(at(YearMonth.of(2027, 3), 31, 0, 0));

    playUntil(at(YearMonth.of(2027, 3), 31, 0, 0));
    assertThat(instance).isWaitingAt(APPLY_SUSPENSION);
    assertThat(records).containsExactly(APPLY_SUSPENSION, APPROVE_SUSPENSION, ARRANGE_PAYMENT);
  }

  @Test
  void endsWhenPaidAfterPaymentArrangement() {
    ProcessInstance instance = startAndPlayToApplication();
    completeHappy(instance, APPLY_SUSPENSION);
    complete(APPROVE_SUSPENSION, FeeFixtures.rejection());
    completeHappy(instance, ARRANGE_PAYMENT);

    pay();
    assertThat(instance).isEnded().hasPassed(SETTLE_BILL).hasNotPassed(RESTORE_SERVICES);
  }

  @Test
  void arrangesPaymentWithoutApplicationWhenMedicalEquipmentRegistered() {
    medicalEquipment = true;
    ProcessInstance instance = startAndPlayToApplication();

    assertThat(instance).variables().containsEntry(Var.ELIGIBLE, false).containsEntry(Var.SERVICES, "");
    assertThat(instance).isWaitingAt(ARRANGE_PAYMENT).hasNotPassed(APPLY_SUSPENSION);
  }

  @Test
  void endsWhenPaidWhileApplicationAwaitsApproval() {
    ProcessInstance instance = startAndPlayToApplication();
    completeHappy(instance, APPLY_SUSPENSION);

    pay();
    assertThat(instance).isEnded().hasPassed(FEE_PAID, SETTLE_BILL);
    assertThat(engine.getProcessEngine().getTaskService().createTaskQuery().count()).isZero();
  }

  @Test
  void endsWhenPaidAfterSuspensionNotice() {
    ProcessInstance instance = start(FEBRUARY, at(FEBRUARY, 1, 0, 5));
    playUntil(at(YearMonth.of(2027, 3), 5, 9, 0));
    assertThat(instance).isWaitingAt(SUSPENSION_NOTICE_EXPIRED);

    pay();
    assertThat(instance).isEnded().hasPassed(SETTLE_BILL).hasNotPassed(ASSESS_ARREARS);
  }

  @Test
  void endsAtOnceWhenPaidBeforeTheReminder() {
    ProcessInstance instance = start(FEBRUARY, at(FEBRUARY, 1, 0, 5));
    moveClock(at(FEBRUARY, 3, 10, 0));

    pay();
    assertThat(instance).isEnded().hasPassed(SETTLE_BILL).hasNotPassed(ISSUE_REMINDER);
    assertThat(notices).containsExactly("payment-notice");
  }

  // ---- helpers

  private ProcessInstance start(YearMonth period, Date now) {
    moveClock(now);
    String number = FeeFixtures.billNumber(period, "JLD-1-0101");
    return processEngine().getRuntimeService()
        .startProcessInstanceByKey(FeeDunningProcess.KEY, number, FeeFixtures.startVariables(number, period));
  }

  /** February's bill, played to 10 March 00:00, seven days after the suspension notice. */
  private ProcessInstance startAndPlayToApplication() {
    ProcessInstance instance = start(FEBRUARY, at(FEBRUARY, 1, 0, 5));
    playUntil(at(YearMonth.of(2027, 3), 10, 0, 0));
    return instance;
  }

  /** Moves the clock forward timer by timer up to {@code until}, firing each timer that falls due. */
  private void playUntil(Date until) {
    while (true) {
      Job next = processEngine().getManagementService().createJobQuery().timers().orderByJobDuedate().asc()
          .listPage(0, 1).stream().findFirst().orElse(null);
      if (next == null || next.getDuedate().after(until)) {
        break;
      }
      moveClock(next.getDuedate());
      fireDueTimers();
    }
    moveClock(until);
  }

  private int fireDueTimers() {
    List<Job> due = processEngine().getManagementService().createJobQuery().timers().executable().list();
    due.forEach(job -> processEngine().getManagementService().executeJob(job.getId()));
    return due.size();
  }

  private Job timer(ProcessInstance instance) {
    return processEngine().getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .singleResult();
  }

  private void pay() {
    processEngine().getRuntimeService().createMessageCorrelation(FeeDunningProcess.FEE_PAID_MESSAGE)
        .processInstanceBusinessKey(BILL).correlate();
  }

  private void completeHappy(ProcessInstance instance, String... taskKeys) {
    for (String taskKey : taskKeys) {
      assertThat(instance).isWaitingAt(taskKey);
      complete(taskKey, FeeFixtures.completion(taskKey));
    }
  }

  private void complete(String taskKey, Map<String, Object> variables) {
    EngineSteps.complete(processEngine(), taskKey, variables);
  }

  private static void moveClock(Date to) {
    ClockUtil.setCurrentTime(to);
  }

  private ProcessEngine processEngine() {
    return engine.getProcessEngine();
  }
}
