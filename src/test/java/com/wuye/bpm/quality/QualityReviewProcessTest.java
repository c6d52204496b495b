package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityReviewProcess.Element.*;
import static com.wuye.bpm.quality.QualityReviewProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
 * Every path through quality-review with the real level and conclusion decisions; delegates and the step recorder
 * are stand-ins (the defect counts the recorder computes are given with the meeting record here).
 * QualityReviewIntegrationTest runs the real ones against the database.
 */
@Deployment(resources = {"bpmn/quality-review.bpmn", "dmn/review-level.dmn", "dmn/review-conclusion.dmn"})
class QualityReviewProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.cfg.xml").build();

  private final List<String> recordedSteps = new ArrayList<>();

  @BeforeEach
  void standIns() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("registerReviewDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey("PS-2026-0001");
      execution.setVariable(Var.REVIEW_NUMBER, "PS-2026-0001");
      execution.setVariable(Var.REVIEW_ROUND, 1);
      execution.setVariable(Var.REVIEW_TYPE, QualityReviewProcess.FIRST_REVIEW);
    });
    Mocks.register("publishReviewPlanDelegate", (JavaDelegate) execution -> recordedSteps.add("published"));
    Mocks.register("startRegressionReviewDelegate", (JavaDelegate) execution -> {
      execution.setVariable(Var.REVIEW_ROUND, (Integer) execution.getVariable(Var.REVIEW_ROUND) + 1);
      execution.setVariable(Var.REVIEW_TYPE, QualityReviewProcess.REGRESSION);
    });
    Mocks.register("archiveReviewDelegate", (JavaDelegate) execution -> recordedSteps.add("archived"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void archivesWithoutFixingWhenMeetingFindsNoDefects() {
    ProcessInstance instance = start(QualityReviewFixtures.maintenancePlan());

    assertThat(instance).isWaitingAt(CONFIRM_REVIEW_ITEMS).hasBusinessKey("PS-2026-0001");
    assertThat(task(instance)).hasCandidateGroup("engineering");
    completeHappy(instance, CONFIRM_REVIEW_ITEMS);
    assertThat(instance).variables().containsEntry(Var.REVIEW_LEVEL, "department").doesNotContainKey("levelDecision");
    assertThat(task(instance)).hasCandidateGroup("quality-manager");
    completeHappy(instance, APPOINT_REVIEW_LEADER, STUDY_REVIEW_PROJECT, DRAFT_REVIEW_PLAN);
    assertThat(task(instance)).hasCandidateGroup("general-manager");
    completeHappy(instance, APPROVE_REVIEW_PLAN, FORM_REVIEW_TEAM, PRE_REVIEW_DOCUMENTS);
    assertThat(task(instance)).hasCandidateGroup("engineering");
    completeHappy(instance, REVISE_DOCUMENTS, PREPARE_REVIEW_MEETING, HOLD_REVIEW_MEETING);
    recordMeeting(0, 0, 2, 2);

    assertThat(instance).variables().containsEntry(Var.CONCLUSION, "no-change")
        .containsEntry(Var.REGRESSION_REVIEW, false).doesNotContainKey("conclusionDecision");
    completeHappy(instance, WRITE_REVIEW_REPORT, APPROVE_REVIEW_REPORT);
    // the suggestions are tracked like every defect until verified
    assertThat(instance).isWaitingAt(FIX_DEFECTS);
    completeHappy(instance, FIX_DEFECTS);
    complete(VERIFY_DEFECT_FIXES, verification(0));
    completeHappy(instance, SUMMARIZE_REVIEW);
    assertThat(task(instance)).hasCandidateGroup("quality-center");
    completeHappy(instance, ARCHIVE_REVIEW_MATERIALS);

    assertThat(instance).isEnded().hasPassed(ARCHIVE_REVIEW, REVIEW_ARCHIVED).hasNotPassed(START_REGRESSION_REVIEW);
    assertThat(recordedSteps).contains("published", "archived");
    assertThat(instance).hasPassed(RECORD_REVIEW_MEETING, FIX_DEFECTS);
  }

  @Test
  void goesStraightToSummaryWhenNothingIsOpen() {
    ProcessInstance instance = startAndRunToMeeting(QualityReviewFixtures.maintenancePlan());
    recordMeeting(0, 0, 0, 0);
    completeHappy(instance, WRITE_REVIEW_REPORT, APPROVE_REVIEW_REPORT);

    assertThat(instance).isWaitingAt(SUMMARIZE_REVIEW).hasNotPassed(FIX_DEFECTS, VERIFY_DEFECT_FIXES);
  }

  @Test
  void givesTheLeadersTasksToTheAppointedLeader() {
    ProcessInstance instance = start(QualityReviewFixtures.maintenancePlan());
    completeHappy(instance, CONFIRM_REVIEW_ITEMS);
    complete(APPOINT_REVIEW_LEADER, Map.of(Var.REVIEW_LEADER, "gongcheng-zhuguan", Var.LEADER_CONSULTATION, "协商一致"));

    assertThat(task(instance)).isAssignedTo("gongcheng-zhuguan");
    completeHappy(instance, STUDY_REVIEW_PROJECT);
    assertThat(task(instance)).hasDefinitionKey(DRAFT_REVIEW_PLAN).isAssignedTo("gongcheng-zhuguan");
  }

  @Test
  void reviewsCriticalSmallProjectAtCompanyLevel() {
    ProcessInstance instance = start(QualityReviewFixtures.withScale("small", true));
    completeHappy(instance, CONFIRM_REVIEW_ITEMS);

    assertThat(instance).variables().containsEntry(Var.REVIEW_LEVEL, "company");
    assertThat((String) instance(instance).get(Var.REQUIRED_ROLES)).contains("总经理");
  }

  @Test
  void returnsPlanToLeaderWhenGeneralManagerRejectsIt() {
    ProcessInstance instance = start(QualityReviewFixtures.maintenancePlan());
    completeHappy(instance, CONFIRM_REVIEW_ITEMS, APPOINT_REVIEW_LEADER, STUDY_REVIEW_PROJECT, DRAFT_REVIEW_PLAN);
    complete(APPROVE_REVIEW_PLAN, Map.of(Var.PLAN_APPROVED, false, Var.PLAN_OPINION, "评审时间太紧"));

    assertThat(instance).isWaitingAt(DRAFT_REVIEW_PLAN);
    assertThat(task(instance)).isAssignedTo(QualityReviewFixtures.LEADER);
    completeHappy(instance, DRAFT_REVIEW_PLAN, APPROVE_REVIEW_PLAN);
    assertThat(instance).isWaitingAt(FORM_REVIEW_TEAM);
  }

  @Test
  void returnsReportToLeaderWhenGeneralManagerRejectsIt() {
    ProcessInstance instance = startAndRunToMeeting(QualityReviewFixtures.maintenancePlan());
    recordMeeting(0, 0, 0, 0);
    completeHappy(instance, WRITE_REVIEW_REPORT);
    complete(APPROVE_REVIEW_REPORT, Map.of(Var.REPORT_APPROVED, false, Var.REPORT_OPINION, "数据分析不充分"));

    assertThat(instance).isWaitingAt(WRITE_REVIEW_REPORT);
    completeHappy(instance, WRITE_REVIEW_REPORT, APPROVE_REVIEW_REPORT);
    assertThat(instance).isWaitingAt(SUMMARIZE_REVIEW);
  }

  @Test
  void tracksDefectsUntilEveryOneIsVerified() {
    ProcessInstance instance = startAndRunToMeeting(QualityReviewFixtures.maintenancePlan());
    recordMeeting(0, 3, 0, 3);
    assertThat(instance).variables().containsEntry(Var.CONCLUSION, "minor-change")
        .containsEntry(Var.REGRESSION_REVIEW, false);
    completeHappy(instance, WRITE_REVIEW_REPORT, APPROVE_REVIEW_REPORT);

    assertThat(instance).isWaitingAt(FIX_DEFECTS);
    assertThat(task(instance)).hasCandidateGroup("engineering");
    completeHappy(instance, FIX_DEFECTS);
    complete(VERIFY_DEFECT_FIXES, verification(1));
    assertThat(instance).isWaitingAt(FIX_DEFECTS);
    completeHappy(instance, FIX_DEFECTS);
    complete(VERIFY_DEFECT_FIXES, verification(0));

    assertThat(instance).isWaitingAt(SUMMARIZE_REVIEW).hasNotPassed(START_REGRESSION_REVIEW);
    assertThat(engine.getProcessEngine().getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(instance.getId()).taskDefinitionKey(FIX_DEFECTS).count()).isEqualTo(2);
  }

  @Test
  void holdsRegressionReviewWhenAnyDefectIsSerious() {
    ProcessInstance instance = startAndRunToMeeting(QualityReviewFixtures.maintenancePlan());
    recordMeeting(1, 0, 0, 1);
    assertThat(instance).variables().containsEntry(Var.CONCLUSION, "major-change")
        .containsEntry(Var.REGRESSION_REVIEW, true);
    completeHappy(instance, WRITE_REVIEW_REPORT, APPROVE_REVIEW_REPORT, FIX_DEFECTS);
    complete(VERIFY_DEFECT_FIXES, verification(0));

    assertThat(instance).hasPassed(START_REGRESSION_REVIEW).isWaitingAt(PREPARE_REVIEW_MEETING);
    assertThat(instance).variables().containsEntry(Var.REVIEW_ROUND, 2)
        .containsEntry(Var.REVIEW_TYPE, QualityReviewProcess.REGRESSION);
    assertThat(task(instance)).isAssignedTo(QualityReviewFixtures.LEADER);
    completeHappy(instance, PREPARE_REVIEW_MEETING, HOLD_REVIEW_MEETING);
    recordMeeting(0, 0, 0, 0);
    completeHappy(instance, WRITE_REVIEW_REPORT, APPROVE_REVIEW_REPORT, SUMMARIZE_REVIEW, ARCHIVE_REVIEW_MATERIALS);
    assertThat(instance).isEnded().hasPassed(REVIEW_ARCHIVED);
  }

  @Test
  void holdsRegressionReviewWhenMoreThanFiveGeneralDefects() {
    ProcessInstance instance = startAndRunToMeeting(QualityReviewFixtures.maintenancePlan());
    recordMeeting(0, 6, 0, 6);
    completeHappy(instance, WRITE_REVIEW_REPORT, APPROVE_REVIEW_REPORT, FIX_DEFECTS);
    complete(VERIFY_DEFECT_FIXES, verification(0));

    assertThat(instance).hasPassed(START_REGRESSION_REVIEW).isWaitingAt(PREPARE_REVIEW_MEETING);
  }

  private ProcessInstance start(ReviewRequest request) {
    return processEngine().getRuntimeService()
        .startProcessInstanceByKey(QualityReviewProcess.KEY, QualityReviewFixtures.variables(request));
  }

  private ProcessInstance startAndRunToMeeting(ReviewRequest request) {
    ProcessInstance instance = start(request);
    completeHappy(instance, CONFIRM_REVIEW_ITEMS, APPOINT_REVIEW_LEADER, STUDY_REVIEW_PROJECT, DRAFT_REVIEW_PLAN,
        APPROVE_REVIEW_PLAN, FORM_REVIEW_TEAM, PRE_REVIEW_DOCUMENTS, REVISE_DOCUMENTS, PREPARE_REVIEW_MEETING,
        HOLD_REVIEW_MEETING);
    return instance;
  }

  /** The meeting record with the counts the real step recorder derives from the defect list. */
  private void recordMeeting(int serious, int general, int suggestions, int open) {
    Map<String, Object> variables = new HashMap<>(QualityReviewFixtures.completion(RECORD_REVIEW_MEETING));
    variables.put(Var.SERIOUS_DEFECTS, serious);
    variables.put(Var.GENERAL_DEFECTS, general);
    variables.put(Var.SUGGESTIONS, suggestions);
    variables.put(Var.OPEN_DEFECTS, open);
    complete(RECORD_REVIEW_MEETING, variables);
  }

  private static Map<String, Object> verification(int stillOpen) {
    Map<String, Object> variables = new HashMap<>(QualityReviewFixtures.completion(VERIFY_DEFECT_FIXES));
    variables.put(Var.OPEN_DEFECTS, stillOpen);
    return variables;
  }

  private void completeHappy(ProcessInstance instance, String... taskKeys) {
    for (String taskKey : taskKeys) {
      assertThat(instance).isWaitingAt(taskKey);
      complete(taskKey, QualityReviewFixtures.completion(taskKey));
    }
  }

  /** Completes the task and runs the asynchronous steps that follow it (publishing the plan). */
  private void complete(String taskKey, Map<String, Object> variables) {
    processEngine().getTaskService().complete(taskAt(taskKey).getId(), variables);
    processEngine().getManagementService().createJobQuery().executable().list()
        .forEach(job -> processEngine().getManagementService().executeJob(job.getId()));
  }

  private Task taskAt(String taskKey) {
    return processEngine().getTaskService().createTaskQuery().taskDefinitionKey(taskKey).singleResult();
  }

  private Map<String, Object> instance(ProcessInstance instance) {
    return processEngine().getRuntimeService().getVariables(instance.getId());
  }

  private ProcessEngine processEngine() {
    return engine.getProcessEngine();
  }
}
