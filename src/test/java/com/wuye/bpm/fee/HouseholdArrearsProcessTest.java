package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.HouseholdArrearsFixtures.CASE;
import static com.wuye.bpm.fee.HouseholdArrearsFixtures.completion;
import static com.wuye.bpm.fee.HouseholdArrearsProcess.Element.*;
import static com.wuye.bpm.fee.HouseholdArrearsProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.wuye.bpm.support.ProcessTestEngine;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path through household-arrears (《物业品质管理手册》§5.4.10 节点5–6) with the real decision
 * suspension-eligibility and stand-ins for the delegates. FeeDunningIntegrationTest runs the real ones.
 */
@Deployment(resources = {"bpmn/household-arrears.bpmn", "dmn/suspension-eligibility.dmn"})
class HouseholdArrearsProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(1.0);

  private static final YearMonth MARCH = YearMonth.of(2027, 3);

  private final List<String> done = new ArrayList<>();
  private int monthsInArrears = 1;
  private boolean medicalEquipment;
  private boolean suspended;

  @BeforeEach
  void standIns() {
    engine.mock("dunningTimers", new DunningTimers(Clock.system(FeeFixtures.ZONE)));
    engine.mock("assessHouseholdArrearsDelegate", (JavaDelegate) execution -> {
      done.add(ASSESS_ARREARS);
      execution.setVariable(Var.MONTHS_IN_ARREARS, monthsInArrears);
      execution.setVariable(Var.AMOUNT_OWED, 250.0 * monthsInArrears);
      execution.setVariable(Var.MEDICAL_EQUIPMENT, medicalEquipment);
    });
    engine.mock("draftSuspensionApplicationDelegate", (JavaDelegate) execution -> {
      done.add(DRAFT_APPLICATION);
      execution.setVariable(Var.SERVICES,
          SuspendableService.codes((String) execution.getVariable(Var.ELIGIBLE_SERVICES)));
    });
    engine.mock("recordSuspensionDelegate", (JavaDelegate) execution -> {
      done.add(RECORD_SUSPENSION);
      suspended = true;
    });
    engine.mock("confirmPaidUpDelegate", (JavaDelegate) execution -> {
      done.add(CONFIRM_PAID_UP);
      execution.setVariable(Var.SERVICES_SUSPENDED, suspended);
    });
    engine.mock("recordRestorationDelegate", (JavaDelegate) execution -> done.add(RECORD_RESTORATION));
    engine.mock("closeArrearsCaseDelegate", (JavaDelegate) execution -> done.add(CLOSE_CASE));
  }

  /** 节点5–6: one application by customer service, approved by the general manager, carried out by engineering. */
  @Test
  void suspendsServicesWhenGeneralManagerApproves() {
    ProcessInstance instance = open();

    assertThat(instance).hasPassed(ASSESS_ARREARS, CHECK_SUSPENSION_ELIGIBILITY, DRAFT_APPLICATION)
        .isWaitingAt(APPLY_SUSPENSION);
    assertThat(instance).variables().containsEntry(Var.ELIGIBLE, true)
        .containsEntry(Var.SERVICES, List.of("air-conditioning")).doesNotContainKey("eligibility");
    assertThat(task(instance)).hasCandidateGroup("customer-service");
    completeHappy(instance, APPLY_SUSPENSION);
    assertThat(task(instance)).hasCandidateGroup("general-manager");
    completeHappy(instance, APPROVE_SUSPENSION);
    assertThat(task(instance)).hasCandidateGroup("engineering");
    completeHappy(instance, SUSPEND_SERVICES);

    assertThat(instance).hasPassed(RECORD_SUSPENSION, SERVICES_SUSPENDED).isWaitingAt(PAID_UP_WHILE_SUSPENDED);
    assertThat(done).containsExactly(ASSESS_ARREARS, DRAFT_APPLICATION, RECORD_SUSPENSION);
  }

  /** Services come back only when the household owes nothing: engineering restores them, then the case closes. */
  @Test
  void restoresServicesAndClosesWhenPaidUpDuringSuspension() {
    ProcessInstance instance = open();
    completeHappy(instance, APPLY_SUSPENSION, APPROVE_SUSPENSION, SUSPEND_SERVICES);

    paidUp();
    assertThat(instance).hasPassed(CONFIRM_PAID_UP).isWaitingAt(RESTORE_SERVICES);
    assertThat(task(instance)).hasCandidateGroup("engineering");
    completeHappy(instance, RESTORE_SERVICES);

    assertThat(instance).isEnded().hasPassed(RECORD_RESTORATION, CLOSE_CASE, CASE_CLOSED);
    assertThat(done).endsWith(RECORD_SUSPENSION, CONFIRM_PAID_UP, RECORD_RESTORATION, CLOSE_CASE);
  }

  @Test
  void appliesToSuspendAirConditioningAndPowerFromThreeMonthsInArrears() {
    monthsInArrears = 3;
    ProcessInstance instance = open();

    assertThat(instance).variables().containsEntry(Var.SERVICES, List.of("air-conditioning", "power"));
  }

  /** 节点6 rejected: customer service agrees a date with the owner; when it passes unpaid, the case assesses again. */
  @Test
  void arrangesPaymentWhenGeneralManagerRejectsAndAssessesAgainWhenTheDatePasses() {
    ProcessInstance instance = open();
    completeHappy(instance, APPLY_SUSPENSION);
    engine.complete(instance, APPROVE_SUSPENSION, HouseholdArrearsFixtures.rejection());

    assertThat(instance).isWaitingAt(ARRANGE_PAYMENT).hasNotPassed(SUSPEND_SERVICES);
    assertThat(task(instance)).hasCandidateGroup("customer-service");
    completeHappy(instance, ARRANGE_PAYMENT);
    assertThat(instance).isWaitingAt(AGREED_PAYMENT_DATE_PASSED);
    assertThat(engine.processEngine().getManagementService().createJobQuery().processInstanceId(instance.getId())
        .singleResult().getDuedate()).isEqualTo(FeeFixtures.at(MARCH.plusMonths(1), 1, 0, 0));

    engine.setClock(FeeFixtures.at(MARCH.plusMonths(1), 1, 0, 0));
    engine.runDueJobs(instance);
    assertThat(instance).isWaitingAt(APPLY_SUSPENSION);
    assertThat(done).containsExactly(ASSESS_ARREARS, DRAFT_APPLICATION, ASSESS_ARREARS, DRAFT_APPLICATION);
  }

  @Test
  void closesWhenPaidUpAfterPaymentArrangement() {
    ProcessInstance instance = open();
    completeHappy(instance, APPLY_SUSPENSION);
    engine.complete(instance, APPROVE_SUSPENSION, HouseholdArrearsFixtures.rejection());
    completeHappy(instance, ARRANGE_PAYMENT);

    paidUp();
    assertThat(instance).isEnded().hasPassed(PAID_UP, CONFIRM_PAID_UP, CLOSE_CASE).hasNotPassed(RESTORE_SERVICES);
  }

  @Test
  void arrangesPaymentWithoutApplicationWhenMedicalEquipmentRegistered() {
    medicalEquipment = true;
    ProcessInstance instance = open();

    assertThat(instance).variables().containsEntry(Var.ELIGIBLE, false).containsEntry(Var.ELIGIBLE_SERVICES, "");
    assertThat(instance).isWaitingAt(ARRANGE_PAYMENT).hasNotPassed(APPLY_SUSPENSION, DRAFT_APPLICATION);
  }

  @Test
  void closesWhenPaidUpWhileApplicationAwaitsApproval() {
    ProcessInstance instance = open();
    completeHappy(instance, APPLY_SUSPENSION);

    paidUp();
    assertThat(instance).isEnded().hasPassed(PAID_UP, CLOSE_CASE).hasNotPassed(RESTORE_SERVICES);
    assertThat(engine.processEngine().getTaskService().createTaskQuery().count()).isZero();
  }

  // ---- helpers

  private ProcessInstance open() {
    engine.setClock(FeeFixtures.at(MARCH, 10, 0, 0));
    return engine.start(HouseholdArrearsProcess.KEY, CASE, Map.of(Var.ARREARS_CASE, CASE));
  }

  private void paidUp() {
    engine.processEngine().getRuntimeService().createMessageCorrelation(HouseholdArrearsProcess.PAID_UP_MESSAGE)
        .processInstanceBusinessKey(CASE).correlate();
  }

  private void completeHappy(ProcessInstance instance, String... taskKeys) {
    for (String taskKey : taskKeys) {
      assertThat(instance).isWaitingAt(taskKey);
      engine.complete(instance, taskKey, completion(taskKey));
    }
  }
}
