package com.wuye.bpm.complaint;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Element.*;
import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.wuye.bpm.support.ProcessTestEngine;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path through complaint-handling, with the real classification decision and the delegates replaced by
 * stand-ins that keep the variables the process routes on. ComplaintHandlingIntegrationTest runs the real
 * delegates against the database.
 */
@Deployment(resources = {"bpmn/complaint-handling.bpmn", "dmn/complaint-classification.dmn"})
class ComplaintHandlingProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(1.0);

  @BeforeEach
  void standIns() {
    engine.mock("recordComplaintDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey("TS-2026-000001");
      execution.setVariable(Var.COMPLAINT_NUMBER, "TS-2026-000001");
    });
    engine.mock("assignResponsibleGroupDelegate", (JavaDelegate) execution ->
        execution.setVariable(Var.SUPERVISOR_GROUP, execution.getVariable(Var.RESPONSIBLE_GROUP) + "-supervisor"));
    engine.mock("reopenComplaintDelegate", (JavaDelegate) execution -> {
      Integer count = (Integer) execution.getVariable(Var.REOPEN_COUNT);
      execution.setVariable(Var.REOPEN_COUNT, count == null ? 1 : count + 1);
    });
    engine.mock("closeComplaintDelegate", (JavaDelegate) execution -> { });
  }

  @Test
  void closesAfterCallbackWhenOwnerSatisfied() {
    ProcessInstance instance = start(ComplaintFixtures.repairDelay());

    assertThat(instance).isWaitingAt(ACKNOWLEDGE_COMPLAINT).hasBusinessKey("TS-2026-000001");
    assertThat(task(instance)).hasCandidateGroup("engineering");
    assertThat(instance).variables().containsEntry(Var.PRIORITY, "normal").containsEntry(Var.RESPONSE_MINUTES, 30)
        .containsEntry(Var.CALLBACK_REQUIRED, true).containsEntry(Var.SUPERVISOR_GROUP, "engineering-supervisor")
        .doesNotContainKey("classification");
    complete(instance, ACKNOWLEDGE_COMPLAINT, HANDLE_COMPLAINT, RECORD_HANDLING_RESULT, CALLBACK);

    assertThat(instance).hasPassed(CLOSE_COMPLAINT, COMPLAINT_CLOSED).isEnded();
    assertThat(instance).hasNotPassed(REOPEN_COMPLAINT, ESCALATE_OVERDUE_COMPLAINT);
  }

  /**
   * 《物业品质管理手册》§5.4.3 节点4: "投诉处理部门根据投诉内容适当进行用户回访": the callback is a task of the
   * department that handled the complaint (here housekeeping for a sanitation complaint), while customer service
   * records the handling result in the record it keeps.
   */
  @Test
  void givesTheCallbackToTheDepartmentThatHandledTheComplaint() {
    ProcessInstance instance = start(ComplaintFixtures.withCategory("sanitation", false));
    assertThat(task(instance)).hasCandidateGroup("housekeeping");
    complete(instance, ACKNOWLEDGE_COMPLAINT, HANDLE_COMPLAINT);

    assertThat(instance).isWaitingAt(RECORD_HANDLING_RESULT);
    assertThat(task(instance)).hasCandidateGroup("customer-service");
    complete(instance, RECORD_HANDLING_RESULT);
    assertThat(instance).isWaitingAt(CALLBACK);
    assertThat(task(instance)).hasCandidateGroup("housekeeping");
  }

  @Test
  void returnsToHandlingWhenOwnerUnsatisfiedOnce() {
    ProcessInstance instance = start(ComplaintFixtures.repairDelay());
    complete(instance, ACKNOWLEDGE_COMPLAINT, HANDLE_COMPLAINT, RECORD_HANDLING_RESULT);
    engine.complete(instance, CALLBACK, ComplaintFixtures.notSatisfied("仍在漏水"));

    assertThat(instance).hasPassed(REOPEN_COMPLAINT).isWaitingAt(HANDLE_COMPLAINT);
    assertThat(instance).variables().containsEntry(Var.REOPEN_COUNT, 1);
    assertThat(engine.processEngine().getTaskService().createTaskQuery()
        .taskDefinitionKey(REVIEW_REOPENED_COMPLAINT).count()).isZero();

    complete(instance, HANDLE_COMPLAINT, RECORD_HANDLING_RESULT, CALLBACK);
    assertThat(instance).isEnded().hasPassed(COMPLAINT_CLOSED).hasNotPassed(REVIEW_REOPENED_COMPLAINT);
  }

  @Test
  void involvesQualityManagerWhenReopenedTwice() {
    ProcessInstance instance = start(ComplaintFixtures.repairDelay());
    complete(instance, ACKNOWLEDGE_COMPLAINT, HANDLE_COMPLAINT, RECORD_HANDLING_RESULT);
    engine.complete(instance, CALLBACK, ComplaintFixtures.notSatisfied("仍在漏水"));
    complete(instance, HANDLE_COMPLAINT, RECORD_HANDLING_RESULT);
    engine.complete(instance, CALLBACK, ComplaintFixtures.notSatisfied("还是漏水"));

    assertThat(instance).variables().containsEntry(Var.REOPEN_COUNT, 2);
    assertThat(instance).isWaitingAt(HANDLE_COMPLAINT, REVIEW_REOPENED_COMPLAINT);
    assertThat(engine.task(instance, REVIEW_REOPENED_COMPLAINT)).hasCandidateGroup("quality-manager");

    complete(instance, REVIEW_REOPENED_COMPLAINT);
    assertThat(instance).hasPassed(QUALITY_MANAGER_INVOLVED).isWaitingAt(HANDLE_COMPLAINT);
    complete(instance, HANDLE_COMPLAINT, RECORD_HANDLING_RESULT, CALLBACK);
    assertThat(instance).isEnded().hasPassed(COMPLAINT_CLOSED);
  }

  @Test
  void closesWithoutCallbackWhenNotRequired() {
    ProcessInstance instance = start(ComplaintFixtures.withCategory("other", false));
    assertThat(task(instance)).hasCandidateGroup("customer-service");
    complete(instance, ACKNOWLEDGE_COMPLAINT, HANDLE_COMPLAINT, RECORD_HANDLING_RESULT);

    assertThat(instance).isEnded().hasPassed(CLOSE_COMPLAINT).hasNotPassed(CALLBACK);
  }

  @Test
  void escalatesToSupervisorWhenResponseOverdue() {
    ProcessInstance instance = start(ComplaintFixtures.repairDelay());
    assertThat(task(instance)).hasDueDate(at(Duration.ofMinutes(30)));

    engine.setClock(at(Duration.ofMinutes(29)));
    assertThat(engine.runDueJobs(instance)).isZero();
    engine.setClock(at(Duration.ofMinutes(30)));
    assertThat(engine.runDueJobs(instance)).isOne();

    assertThat(instance).isWaitingAt(ACKNOWLEDGE_COMPLAINT, ESCALATE_OVERDUE_COMPLAINT);
    assertThat(engine.task(instance, ESCALATE_OVERDUE_COMPLAINT)).hasCandidateGroup("engineering-supervisor");

    complete(instance, ESCALATE_OVERDUE_COMPLAINT);
    assertThat(instance).hasPassed(ESCALATION_HANDLED).isWaitingAt(ACKNOWLEDGE_COMPLAINT);
    complete(instance, ACKNOWLEDGE_COMPLAINT, HANDLE_COMPLAINT, RECORD_HANDLING_RESULT, CALLBACK);
    assertThat(instance).isEnded();
  }

  @Test
  void escalatesUrgentComplaintAfterFifteenMinutes() {
    ProcessInstance instance = start(ComplaintFixtures.withCategory("security", true));
    assertThat(task(instance)).hasCandidateGroup("security");
    assertThat(instance).variables().containsEntry(Var.PRIORITY, "high");

    engine.setClock(at(Duration.ofMinutes(14)));
    assertThat(engine.runDueJobs(instance)).isZero();
    engine.setClock(at(Duration.ofMinutes(15)));
    assertThat(engine.runDueJobs(instance)).isOne();
    assertThat(engine.task(instance, ESCALATE_OVERDUE_COMPLAINT)).hasCandidateGroup("security-supervisor");
  }

  @Test
  void doesNotEscalateWhenAcknowledgedInTime() {
    ProcessInstance instance = start(ComplaintFixtures.repairDelay());
    engine.setClock(at(Duration.ofMinutes(29)));
    complete(instance, ACKNOWLEDGE_COMPLAINT);

    engine.setClock(at(Duration.ofMinutes(31)));
    assertThat(engine.runDueJobs(instance)).isZero();
    assertThat(instance).isWaitingAt(HANDLE_COMPLAINT).hasNotPassed(RESPONSE_OVERDUE);
  }

  private static ProcessInstance start(ComplaintIntake intake) {
    return engine.start(ComplaintHandlingProcess.KEY, ComplaintFixtures.variables(intake));
  }

  /** Completes these tasks one after another the happy way. */
  private static void complete(ProcessInstance instance, String... taskKeys) {
    engine.completeAll(instance, ComplaintFixtures.HAPPY, taskKeys);
  }

  private static Date at(Duration sinceStart) {
    return new Date(ProcessTestEngine.START.getTime() + sinceStart.toMillis());
  }
}
