package com.wuye.bpm.complaint;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Element.*;
import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
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
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.cfg.xml").build();

  private final List<String> recordedSteps = new ArrayList<>();
  private final Date start = new Date(1_795_000_000_000L);

  @BeforeEach
  void standIns() {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(start);
    Mocks.register("recordComplaintDelegate", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
      execution.setProcessBusinessKey("TS-2026-000001");
      execution.setVariable(Var.COMPLAINT_NUMBER, "TS-2026-000001");
    });
    Mocks.register("assignResponsibleGroupDelegate", (org.camunda.bpm.engine.delegate.JavaDelegate) execution ->
        execution.setVariable(Var.SUPERVISOR_GROUP, execution.getVariable(Var.RESPONSIBLE_GROUP) + "-supervisor"));
    Mocks.register("reopenComplaintDelegate", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
      Integer count = (Integer) execution.getVariable(Var.REOPEN_COUNT);
      execution.setVariable(Var.REOPEN_COUNT, count == null ? 1 : count + 1);
    });
    Mocks.register("closeComplaintDelegate", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> { });
    Mocks.register("complaintStepRecorder", (TaskListener) task ->
        recordedSteps.add(task.getEventName() + ":" + task.getTaskDefinitionKey()));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void closesAfterCallbackWhenOwnerSatisfied() {
    ProcessInstance instance = start(ComplaintFixtures.repairDelay());

    assertThat(instance).isWaitingAt(ACKNOWLEDGE_COMPLAINT).hasBusinessKey("TS-2026-000001");
    assertThat(task(instance)).hasCandidateGroup("engineering");
    assertThat(instance).variables().containsEntry(Var.PRIORITY, "normal").containsEntry(Var.RESPONSE_MINUTES, 30)
        .containsEntry(Var.CALLBACK_REQUIRED, true).containsEntry(Var.SUPERVISOR_GROUP, "engineering-supervisor")
        .doesNotContainKey("classification");
    completeHappy(instance, ACKNOWLEDGE_COMPLAINT, HANDLE_COMPLAINT, RECORD_HANDLING_RESULT, CALLBACK);

    assertThat(instance).hasPassed(CLOSE_COMPLAINT).isEnded();
    assertThat(instance).hasNotPassed(REOPEN_COMPLAINT, ESCALATE_OVERDUE_COMPLAINT);
    assertThat(instance).hasPassed(COMPLAINT_CLOSED);
    assertThat(recordedSteps).containsExactly("complete:" + ACKNOWLEDGE_COMPLAINT, "complete:" + HANDLE_COMPLAINT,
        "complete:" + RECORD_HANDLING_RESULT, "complete:" + CALLBACK);
  }

  @Test
  void givesRecordingAndCallbackToCustomerService() {
    ProcessInstance instance = start(ComplaintFixtures.withCategory("sanitation", false));
    assertThat(task(instance)).hasCandidateGroup("housekeeping");
    completeHappy(instance, ACKNOWLEDGE_COMPLAINT, HANDLE_COMPLAINT);

    assertThat(instance).isWaitingAt(RECORD_HANDLING_RESULT);
    assertThat(task(instance)).hasCandidateGroup("customer-service");
    completeHappy(instance, RECORD_HANDLING_RESULT);
    assertThat(instance).isWaitingAt(CALLBACK);
    assertThat(task(instance)).hasCandidateGroup("customer-service");
  }

  @Test
  void returnsToHandlingWhenOwnerUnsatisfiedOnce() {
    ProcessInstance instance = start(ComplaintFixtures.repairDelay());
    completeHappy(instance, ACKNOWLEDGE_COMPLAINT, HANDLE_COMPLAINT, RECORD_HANDLING_RESULT);
    complete(CALLBACK, Map.of(Var.SATISFIED, false, Var.CALLBACK_NOTE, "仍在漏水"));

    assertThat(instance).hasPassed(REOPEN_COMPLAINT).isWaitingAt(HANDLE_COMPLAINT);
    assertThat(instance).variables().containsEntry(Var.REOPEN_COUNT, 1);
    assertThat(engine.getProcessEngine().getTaskService().createTaskQuery()
        .taskDefinitionKey(REVIEW_REOPENED_COMPLAINT).count()).isZero();

    completeHappy(instance, HANDLE_COMPLAINT, RECORD_HANDLING_RESULT, CALLBACK);
    assertThat(instance).isEnded().hasPassed(COMPLAINT_CLOSED).hasNotPassed(REVIEW_REOPENED_COMPLAINT);
  }

  @Test
  void involvesQualityManagerWhenReopenedTwice() {
    ProcessInstance instance = start(ComplaintFixtures.repairDelay());
    completeHappy(instance, ACKNOWLEDGE_COMPLAINT, HANDLE_COMPLAINT, RECORD_HANDLING_RESULT);
    complete(CALLBACK, Map.of(Var.SATISFIED, false, Var.CALLBACK_NOTE, "仍在漏水"));
    completeHappy(instance, HANDLE_COMPLAINT, RECORD_HANDLING_RESULT);
    complete(CALLBACK, Map.of(Var.SATISFIED, false, Var.CALLBACK_NOTE, "还是漏水"));

    assertThat(instance).variables().containsEntry(Var.REOPEN_COUNT, 2);
    assertThat(instance).isWaitingAt(HANDLE_COMPLAINT, REVIEW_REOPENED_COMPLAINT);
    Task review = taskAt(REVIEW_REOPENED_COMPLAINT);
    assertThat(review).hasCandidateGroup("quality-manager");

    complete(REVIEW_REOPENED_COMPLAINT, ComplaintFixtures.completion(REVIEW_REOPENED_COMPLAINT));
    assertThat(instance).hasPassed(QUALITY_MANAGER_INVOLVED).isWaitingAt(HANDLE_COMPLAINT);
    completeHappy(instance, HANDLE_COMPLAINT, RECORD_HANDLING_RESULT, CALLBACK);
    assertThat(instance).isEnded().hasPassed(COMPLAINT_CLOSED);
  }

  @Test
  void closesWithoutCallbackWhenNotRequired() {
    ProcessInstance instance = start(ComplaintFixtures.withCategory("other", false));
    assertThat(task(instance)).hasCandidateGroup("customer-service");
    completeHappy(instance, ACKNOWLEDGE_COMPLAINT, HANDLE_COMPLAINT, RECORD_HANDLING_RESULT);

    assertThat(instance).isEnded().hasPassed(CLOSE_COMPLAINT).hasNotPassed(CALLBACK);
  }

  @Test
  void escalatesToSupervisorWhenResponseOverdue() {
    ProcessInstance instance = start(ComplaintFixtures.repairDelay());
    assertThat(task(instance)).hasDueDate(at(Duration.ofMinutes(30)));

    moveClock(Duration.ofMinutes(29));
    assertThat(dueTimers()).isZero();
    moveClock(Duration.ofMinutes(30));
    assertThat(dueTimers()).isOne();
    execute(job(instance));

    assertThat(instance).isWaitingAt(ACKNOWLEDGE_COMPLAINT, ESCALATE_OVERDUE_COMPLAINT);
    assertThat(taskAt(ESCALATE_OVERDUE_COMPLAINT)).hasCandidateGroup("engineering-supervisor");
    assertThat(recordedSteps).containsExactly("create:" + ESCALATE_OVERDUE_COMPLAINT);

    complete(ESCALATE_OVERDUE_COMPLAINT, ComplaintFixtures.completion(ESCALATE_OVERDUE_COMPLAINT));
    assertThat(instance).hasPassed(ESCALATION_HANDLED).isWaitingAt(ACKNOWLEDGE_COMPLAINT);
    completeHappy(instance, ACKNOWLEDGE_COMPLAINT, HANDLE_COMPLAINT, RECORD_HANDLING_RESULT, CALLBACK);
    assertThat(instance).isEnded();
  }

  @Test
  void escalatesUrgentComplaintAfterFifteenMinutes() {
    ProcessInstance instance = start(ComplaintFixtures.withCategory("security", true));
    assertThat(task(instance)).hasCandidateGroup("security");
    assertThat(instance).variables().containsEntry(Var.PRIORITY, "high");

    moveClock(Duration.ofMinutes(14));
    assertThat(dueTimers()).isZero();
    moveClock(Duration.ofMinutes(15));
    execute(job(instance));
    assertThat(taskAt(ESCALATE_OVERDUE_COMPLAINT)).hasCandidateGroup("security-supervisor");
  }

  @Test
  void doesNotEscalateWhenAcknowledgedInTime() {
    ProcessInstance instance = start(ComplaintFixtures.repairDelay());
    moveClock(Duration.ofMinutes(29));
    completeHappy(instance, ACKNOWLEDGE_COMPLAINT);

    moveClock(Duration.ofMinutes(31));
    assertThat(dueTimers()).isZero();
    assertThat(instance).isWaitingAt(HANDLE_COMPLAINT).hasNotPassed(RESPONSE_OVERDUE);
  }

  private ProcessInstance start(ComplaintIntake intake) {
    return engine.getProcessEngine().getRuntimeService()
        .startProcessInstanceByKey(ComplaintHandlingProcess.KEY, ComplaintFixtures.variables(intake));
  }

  private void completeHappy(ProcessInstance instance, String... taskKeys) {
    for (String taskKey : taskKeys) {
      assertThat(instance).isWaitingAt(taskKey);
      complete(taskKey, ComplaintFixtures.completion(taskKey));
    }
  }

  private void complete(String taskKey, Map<String, Object> variables) {
    processEngine().getTaskService().complete(taskAt(taskKey).getId(), variables);
  }

  private Task taskAt(String taskKey) {
    return processEngine().getTaskService().createTaskQuery().taskDefinitionKey(taskKey).singleResult();
  }

  private long dueTimers() {
    return processEngine().getManagementService().createJobQuery().timers().executable().count();
  }

  private void moveClock(Duration sinceStart) {
    ClockUtil.setCurrentTime(at(sinceStart));
  }

  private Date at(Duration sinceStart) {
    return new Date(start.getTime() + sinceStart.toMillis());
  }

  private ProcessEngine processEngine() {
    return engine.getProcessEngine();
  }
}
