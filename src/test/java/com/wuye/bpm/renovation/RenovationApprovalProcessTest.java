package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.RenovationApprovalProcess.DocumentCheck;
import static com.wuye.bpm.renovation.RenovationApprovalProcess.Element.*;
import static com.wuye.bpm.renovation.RenovationApprovalProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.wuye.bpm.engine.WorkingDayCalendars;
import com.wuye.bpm.renovation.RenovationApprovalProcess.Approval;
import com.wuye.bpm.support.ProcessTestEngine;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every path through renovation-approval, with the real decision and the real working-day calendar on the tests'
 * own holiday data (2030: National Day 1–7 October, 29 September and 12 October worked); delegates are stand-ins
 * that keep the variables the process routes on. RenovationApprovalIntegrationTest runs the real delegates.
 */
@Deployment(resources = {"bpmn/renovation-approval.bpmn", "dmn/renovation-review.dmn"})
class RenovationApprovalProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(1.0);

  private static final String NUMBER = "ZXSQ-2030-00001";
  private final List<String> delegatesRun = new ArrayList<>();

  @BeforeEach
  void standIns() {
    engine.setClock(at("2030-09-12T10:00"));
    engine.mock("workingDays", WorkingDayCalendars.test2030());
    engine.mock("recordRenovationApplicationDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey(NUMBER);
      execution.setVariable(Var.APPLICATION_NUMBER, NUMBER);
    });
    engine.mock("acceptRenovationApplicationDelegate", (JavaDelegate) execution ->
        execution.setVariable(Var.ACCEPTED_AT, ClockUtil.getCurrentTime()));
    engine.mock("issueRenovationPermitDelegate", (JavaDelegate) execution -> {
      delegatesRun.add(ISSUE_PERMIT);
      execution.setVariable(Var.PERMIT_NUMBER, "ZX-2030-00001");
    });
    for (String[] delegate : new String[][] {{"requestMissingDocumentsDelegate", REQUEST_MISSING_DOCUMENTS},
        {"closeAbandonedApplicationDelegate", CLOSE_ABANDONED}, {"rejectRenovationApplicationDelegate", REJECT_APPLICATION},
        {"closeRenovationDelegate", CLOSE_RENOVATION}}) {
      engine.mock(delegate[0], (JavaDelegate) execution -> delegatesRun.add(delegate[1]));
    }
  }

  @Test
  void closesWithRefundWhenFinishingOnlyIsApproved() {
    ProcessInstance instance = start(RenovationFixtures.finishingOnly("1-1-101"));
    assertThat(instance).isWaitingAt(CHECK_DOCUMENTS).hasBusinessKey(NUMBER);
    assertThat(task(instance)).hasCandidateGroup("customer-service");
    completeHappy(instance, CHECK_DOCUMENTS);

    assertThat(instance).isWaitingAt(APPROVE_RENOVATION).hasNotPassed(INSPECT_FACILITIES);
    assertThat(task(instance)).hasCandidateGroup("engineering");
    assertThat(instance).variables().containsEntry(Var.ENGINEERING_INSPECTION, false).containsEntry(Var.DEPOSIT, 2000.0)
        .containsEntry(Var.GARBAGE_FEE, 300.0).doesNotContainKey("review");
    completeHappy(instance, APPROVE_RENOVATION, COLLECT_FEES);
    engine.runDueJobs(instance);
    assertThat(instance).variables().containsEntry(Var.PERMIT_NUMBER, "ZX-2030-00001");
    completeHappy(instance, REGISTER_COMPLETION);
    assertThat(task(instance)).hasCandidateGroup("engineering");
    completeHappy(instance, INSPECT_COMPLETION);
    assertThat(task(instance)).hasCandidateGroup("finance");
    completeHappy(instance, REFUND_DEPOSIT);
    engine.runDueJobs(instance);

    assertThat(instance).isEnded().hasPassed(RENOVATION_CLOSED).hasNotPassed(ESCALATE_OVERDUE_APPROVAL);
    assertThat(delegatesRun).containsExactly(ISSUE_PERMIT, CLOSE_RENOVATION);
  }

  @Test
  void inspectsFacilitiesBeforeApprovalWhenStructureChanges() {
    ProcessInstance instance = start(RenovationFixtures.structural("1-1-102"));
    completeHappy(instance, CHECK_DOCUMENTS);

    assertThat(instance).isWaitingAt(INSPECT_FACILITIES);
    assertThat(task(instance)).hasCandidateGroup("engineering");
    assertThat(instance).variables().containsEntry(Var.DEPOSIT, 5000.0).containsEntry(Var.GARBAGE_FEE, 500.0);
    completeHappy(instance, INSPECT_FACILITIES);
    assertThat(instance).isWaitingAt(APPROVE_RENOVATION);
    completeHappy(instance, APPROVE_RENOVATION);
    assertThat(instance).isWaitingAt(COLLECT_FEES);
  }

  @Test
  void checksAgainAfterOwnerSupplementsMissingDocuments() {
    ProcessInstance instance = start(RenovationFixtures.finishingOnly("1-1-103"));
    engine.complete(instance, CHECK_DOCUMENTS, Map.of(Var.DOCUMENT_CHECK, DocumentCheck.INCOMPLETE, Var.MISSING_DOCUMENTS, "施工单位资质证书"));
    engine.runDueJobs(instance);

    assertThat(instance).hasPassed(REQUEST_MISSING_DOCUMENTS).isWaitingAt(AWAIT_SUPPLEMENT);
    completeHappy(instance, AWAIT_SUPPLEMENT);
    assertThat(instance).isWaitingAt(CHECK_DOCUMENTS);
    completeHappy(instance, CHECK_DOCUMENTS);
    assertThat(instance).isWaitingAt(APPROVE_RENOVATION);
    assertThat(delegatesRun).containsExactly(REQUEST_MISSING_DOCUMENTS);
  }

  @Test
  void endsAbandonedWhenDocumentsAreNotSupplementedWithin30Days() {
    ProcessInstance instance = start(RenovationFixtures.finishingOnly("1-1-104"));
    engine.complete(instance, CHECK_DOCUMENTS, Map.of(Var.DOCUMENT_CHECK, DocumentCheck.INCOMPLETE, Var.MISSING_DOCUMENTS, "装修图纸"));
    engine.runDueJobs(instance);
    Job timer = timerOf(instance);
    assertThat(timer.getDuedate()).isEqualTo(at("2030-10-12T10:00"));

    engine.setClock(at("2030-10-12T10:01"));
    managementService().executeJob(timer.getId());
    engine.runDueJobs(instance);

    assertThat(instance).isEnded().hasPassed(CLOSE_ABANDONED, APPLICATION_ABANDONED);
    assertThat(delegatesRun).containsExactly(REQUEST_MISSING_DOCUMENTS, CLOSE_ABANDONED);
  }

  @Test
  void endsRejectedWhenDocumentCheckRefuses() {
    ProcessInstance instance = start(RenovationFixtures.finishingOnly("1-1-105"));
    engine.complete(instance, CHECK_DOCUMENTS, Map.of(Var.DOCUMENT_CHECK, DocumentCheck.REJECTED, Var.REJECTION_REASON, "申请人不是业主"));
    engine.runDueJobs(instance);

    assertThat(instance).isEnded().hasPassed(REJECT_APPLICATION, RENOVATION_REJECTED).hasNotPassed(REVIEW_RENOVATION);
  }

  @Test
  void endsRejectedWhenEngineeringDoesNotApprove() {
    ProcessInstance instance = start(RenovationFixtures.structural("1-1-106"));
    completeHappy(instance, CHECK_DOCUMENTS, INSPECT_FACILITIES);
    engine.complete(instance, APPROVE_RENOVATION, Map.of(Var.APPROVAL, Approval.REJECT, Var.REJECTION_REASON, "拆除承重墙，不予批准"));
    engine.runDueJobs(instance);

    assertThat(instance).isEnded().hasPassed(REJECT_APPLICATION, RENOVATION_REJECTED).hasNotPassed(COLLECT_FEES);
    assertThat(delegatesRun).containsExactly(REJECT_APPLICATION);
  }

  @ParameterizedTest(name = "accepted {0} → escalated after {1}")
  @CsvSource({
      "2030-09-12T10:00, 2030-09-17T18:00",  // Thursday, across a weekend
      "2030-09-30T10:00, 2030-10-10T18:00",  // before the National Day holiday
      "2030-10-09T10:00, 2030-10-12T18:00"}) // Wednesday; Saturday 12 October is a make-up working day
  void escalatesToEngineeringSupervisorAfterThreeWorkingDays(String accepted, String due) {
    engine.setClock(at(accepted));
    ProcessInstance instance = start(RenovationFixtures.structural("1-1-107"));
    completeHappy(instance, CHECK_DOCUMENTS);

    Job timer = timerOf(instance);
    assertThat(timer.getDuedate()).isEqualTo(at(due));
    assertThat(task(instance).getDueDate()).isEqualTo(at(due));
    engine.setClock(new Date(at(due).getTime() - 60_000));
    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).executable().count()).isZero();

    engine.setClock(new Date(at(due).getTime() + 60_000));
    managementService().executeJob(timer.getId());

    assertThat(instance).isWaitingAt(INSPECT_FACILITIES, ESCALATE_OVERDUE_APPROVAL);
    assertThat(engine.task(instance, ESCALATE_OVERDUE_APPROVAL)).hasCandidateGroup("engineering-supervisor");
    completeHappy(instance, ESCALATE_OVERDUE_APPROVAL, INSPECT_FACILITIES, APPROVE_RENOVATION);
    assertThat(instance).hasPassed(ESCALATION_HANDLED).isWaitingAt(COLLECT_FEES);
  }

  @Test
  void cancelsTheDeadlineWhenEngineeringAnswersInTime() {
    ProcessInstance instance = start(RenovationFixtures.finishingOnly("1-1-108"));
    completeHappy(instance, CHECK_DOCUMENTS);
    assertThat(timerOf(instance)).isNotNull();
    completeHappy(instance, APPROVE_RENOVATION);

    assertThat(managementService().createJobQuery().processInstanceId(instance.getId()).timers().count()).isZero();
  }


  private static ProcessInstance start(RenovationApplication application) {
    return engine.start(RenovationApprovalProcess.KEY, application.asVariables());
  }

  private static void completeHappy(ProcessInstance instance, String... taskKeys) {
    for (String key : taskKeys) {
      engine.complete(instance, key, RenovationFixtures.happyAnswers(key));
    }
  }

  private static Job timerOf(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
  }

  private static Date at(String localDateTime) {
    return Date.from(LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendars.ZONE).toInstant());
  }

  private static ManagementService managementService() {
    return engine.processEngine().getManagementService();
  }
}
