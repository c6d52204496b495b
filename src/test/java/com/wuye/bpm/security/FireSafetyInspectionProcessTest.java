package com.wuye.bpm.security;

import com.wuye.bpm.api.FormValues;
import static com.wuye.bpm.security.FireSafetyInspectionProcess.Element.*;
import static com.wuye.bpm.security.FireSafetyInspectionProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of fire-safety-inspection and fire-hazard-rectification (§5.5.5) with the real deadline decision and
 * stand-in delegates: the weekly cycle, on demand, hazards re-checked, and the overdue escalation with the clock
 * moved. The models are deployed by the test (not by @Deployment) because the cycle's timer start event reads it from
 * the bean {@code fireInspectionSchedule} at deployment.
 */
class FireSafetyInspectionProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.cfg.xml").build();

  /** A Monday, 08:00 in the JVM's zone, which is the zone the engine reads cron expressions in. */
  private static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2026, 1, 5, 8, 0);

  private final List<String> recordedSteps = new ArrayList<>();
  private String deploymentId;

  @BeforeEach
  void deployWithStandIns() {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(at(MONDAY_MORNING));
    Mocks.register("fireInspectionSchedule", new FireInspectionSchedule(new SecurityProperties(null, null, null)));
    Mocks.register("openFireInspectionDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey("FH-2026-00001");
      execution.setVariable(Var.INSPECTION_NUMBER, "FH-2026-00001");
      if (execution.getVariable(Var.AREA) == null) {
        execution.setVariable(Var.AREA, "全辖区");
      }
    });
    Mocks.register("listFireHazardsDelegate", (JavaDelegate) execution -> {
      recordedSteps.add(LIST_HAZARDS);
      FireChecklist checklist = FireChecklist.from(FormValues.of(execution));
      execution.setVariable(Var.HAZARDS_FOUND, !checklist.problems().isEmpty());
      execution.setVariable(Var.HAZARD_TYPES, Variables.objectValue(checklist.hazardTypes())
          .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    });
    Mocks.register("issueRectificationNoticeDelegate", (JavaDelegate) execution -> execution.setVariable(
        Var.RECTIFICATION_DEADLINE, new Date(ClockUtil.getCurrentTime().getTime()
            + Duration.ofDays(((Number) execution.getVariable(Var.RECTIFICATION_DAYS)).longValue()).toMillis())));
    Mocks.register("closeHazardDelegate", (JavaDelegate) execution -> recordedSteps.add(
        CLOSE_HAZARD + ":" + execution.getVariable(Var.HAZARD_TYPE)));
    Mocks.register("fileFireChecklistDelegate", (JavaDelegate) execution -> recordedSteps.add(FILE_CHECKLIST));
    deploymentId = processEngine().getRepositoryService().createDeployment()
        .addClasspathResource("bpmn/fire-safety-inspection.bpmn")
        .addClasspathResource("bpmn/fire-safety-inspection-cycle.bpmn")
        .addClasspathResource("bpmn/fire-hazard-rectification.bpmn")
        .addClasspathResource("dmn/fire-hazard-deadline.dmn").deploy().getId();
  }

  @AfterEach
  void undeploy() {
    processEngine().getRepositoryService().deleteDeployment(deploymentId, true);
    Mocks.reset();
  }

  @Test
  void startsAnInspectionEveryMondayAtNine() {
    Job timer = startTimer();
    assertThat(timer.getDuedate()).isEqualTo(at(MONDAY_MORNING.withHour(9)));

    ClockUtil.setCurrentTime(at(MONDAY_MORNING.withHour(9).withMinute(1)));
    processEngine().getManagementService().executeJob(timer.getId());

    ProcessInstance cycle = processEngine().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(FireSafetyInspectionProcess.CYCLE_KEY).singleResult();
    assertThat(cycle).isWaitingAt(RUN_INSPECTION);
    ProcessInstance instance = processEngine().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(FireSafetyInspectionProcess.KEY).singleResult();
    assertThat(instance).isWaitingAt(INSPECT_FIRE_SAFETY).hasBusinessKey("FH-2026-00001");
    assertThat(instance).variables().containsEntry(Var.AREA, "全辖区");
    assertThat(startTimer().getDuedate()).isEqualTo(at(MONDAY_MORNING.plusWeeks(1).withHour(9)));

    complete(taskOf(instance), FireInspectionFixtures.checklist());
    assertThat(cycle).isEnded();
  }

  @Test
  void filesTheChecklistWhenNothingIsFound() {
    ProcessInstance instance = request();
    assertThat(instance).isWaitingAt(INSPECT_FIRE_SAFETY);
    assertThat(BpmnAwareTests.task(instance)).hasCandidateGroup("security");
    complete(taskOf(instance), FireInspectionFixtures.checklist());

    assertThat(instance).isEnded().hasPassed(FILE_CHECKLIST, CHECKLIST_FILED).hasNotPassed(RECTIFY_HAZARDS);
    assertThat(recordedSteps).containsExactly(LIST_HAZARDS, FILE_CHECKLIST);
  }

  @Test
  void rectifiesEveryHazardBeforeFilingTheChecklist() {
    ProcessInstance instance = request();
    complete(taskOf(instance), FireInspectionFixtures.checklist(FireCheckType.FIRE_SOURCE, FireCheckType.CLUTTER));
    runAsyncJobs();

    assertThat(instance).isWaitingAt(RECTIFY_HAZARDS);
    List<Task> rechecks = rechecks();
    assertThat(rechecks).hasSize(2).allSatisfy(t -> assertThat(t).hasCandidateGroup("security"));
    assertThat(rechecks).extracting(Task::getDueDate).containsExactlyInAnyOrder(
        at(MONDAY_MORNING.plusDays(1)), at(MONDAY_MORNING.plusDays(3)));
    rechecks.forEach(t -> complete(t, FireInspectionFixtures.recheck(true)));

    assertThat(instance).isEnded().hasPassed(FILE_CHECKLIST);
    assertThat(recordedSteps).contains(CLOSE_HAZARD + ":fire-source", CLOSE_HAZARD + ":clutter")
        .endsWith(FILE_CHECKLIST);
  }

  @Test
  void keepsRecheckingUntilTheHazardIsRectified() {
    ProcessInstance instance = request();
    complete(taskOf(instance), FireInspectionFixtures.checklist(FireCheckType.CLUTTER));
    runAsyncJobs();
    complete(rechecks().get(0), FireInspectionFixtures.recheck(false));

    assertThat(rechecks()).hasSize(1);
    assertThat(instance).isActive();
    complete(rechecks().get(0), FireInspectionFixtures.recheck(true));
    assertThat(instance).isEnded();
    assertThat(recordedSteps).containsExactly(LIST_HAZARDS, CLOSE_HAZARD + ":clutter", FILE_CHECKLIST);
    assertThat(processEngine().getHistoryService().createHistoricTaskInstanceQuery()
        .taskDefinitionKey(RECHECK_HAZARD).finished().count()).isEqualTo(2);
  }

  @Test
  void escalatesAnOverdueHazardToTheSecuritySupervisor() {
    ProcessInstance instance = request();
    complete(taskOf(instance), FireInspectionFixtures.checklist(FireCheckType.EXTINGUISHER));
    runAsyncJobs();
    Job overdue = processEngine().getManagementService().createJobQuery().timers().activityId(RECTIFICATION_OVERDUE)
        .singleResult();
    assertThat(overdue.getDuedate()).isEqualTo(at(MONDAY_MORNING.plusDays(3)));

    ClockUtil.setCurrentTime(at(MONDAY_MORNING.plusDays(3).minusMinutes(1)));
    assertThat(executableTimers()).isZero();
    ClockUtil.setCurrentTime(at(MONDAY_MORNING.plusDays(3).plusMinutes(1)));
    assertThat(executableTimers()).isOne();
    processEngine().getManagementService().executeJob(overdue.getId());

    Task escalation = processEngine().getTaskService().createTaskQuery().taskDefinitionKey(ESCALATE_OVERDUE_HAZARD)
        .singleResult();
    assertThat(escalation).hasCandidateGroup("security-supervisor");
    assertThat(rechecks()).hasSize(1);
    complete(escalation, FireInspectionFixtures.escalation());
    complete(rechecks().get(0), FireInspectionFixtures.recheck(true));

    assertThat(instance).isEnded().hasPassed(FILE_CHECKLIST);
    assertThat(processEngine().getHistoryService().createHistoricTaskInstanceQuery()
        .taskDefinitionKey(ESCALATE_OVERDUE_HAZARD).finished().count()).isOne();
  }

  @Test
  void doesNotEscalateWhenRectifiedInTime() {
    ProcessInstance instance = request();
    complete(taskOf(instance), FireInspectionFixtures.checklist(FireCheckType.POWER_LEFT_ON));
    runAsyncJobs();
    ClockUtil.setCurrentTime(at(MONDAY_MORNING.plusHours(20)));
    complete(rechecks().get(0), FireInspectionFixtures.recheck(true));

    ClockUtil.setCurrentTime(at(MONDAY_MORNING.plusDays(2)));
    assertThat(executableTimers()).isZero();
    assertThat(instance).isEnded();
    assertThat(processEngine().getHistoryService().createHistoricTaskInstanceQuery()
        .taskDefinitionKey(ESCALATE_OVERDUE_HAZARD).count()).isZero();
  }

  private ProcessInstance request() {
    return processEngine().getRuntimeService().startProcessInstanceByKey(FireSafetyInspectionProcess.KEY,
        FireInspectionFixtures.requested());
  }

  private Job startTimer() {
    return processEngine().getManagementService().createJobQuery().timers()
        .activityId(INSPECTION_DUE).singleResult();
  }

  /** The asynchronous continuations (rectification notices) the job executor would run. */
  private void runAsyncJobs() {
    var management = processEngine().getManagementService();
    management.createJobQuery().messages().list().forEach(job -> management.executeJob(job.getId()));
  }

  private long executableTimers() {
    return processEngine().getManagementService().createJobQuery().timers().activityId(RECTIFICATION_OVERDUE)
        .executable().count();
  }

  private Task taskOf(ProcessInstance instance) {
    return processEngine().getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private List<Task> rechecks() {
    return processEngine().getTaskService().createTaskQuery().taskDefinitionKey(RECHECK_HAZARD).list();
  }

  private void complete(Task task, Map<String, Object> variables) {
    processEngine().getTaskService().complete(task.getId(), variables);
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }

  private ProcessEngine processEngine() {
    return engine.getProcessEngine();
  }
}
