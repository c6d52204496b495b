package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityPlanProcess.Element.*;
import static com.wuye.bpm.quality.QualityPlanProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.wuye.bpm.support.EngineSteps;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path through quality-plan; delegates and the step recorder are stand-ins. */
@Deployment(resources = "bpmn/quality-plan.bpmn")
class QualityPlanProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.cfg.xml").build();

  private final List<String> recorded = new ArrayList<>();

  @BeforeEach
  void standIns() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("registerQualityPlanDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey("ZJ-2026-0001");
      execution.setVariable(Var.PLAN_NUMBER, "ZJ-2026-0001");
    });
    Mocks.register("reportPlanCheckDelegate", (JavaDelegate) execution -> recorded.add("reported"));
    Mocks.register("fileQualityPlanDelegate", (JavaDelegate) execution -> recorded.add("filed"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void filesSummaryAfterReviewApprovalDistributionCheckAndAcceptance() {
    ProcessInstance instance = start();
    assertThat(instance).isWaitingAt(REVIEW_QUALITY_PLAN).hasBusinessKey("ZJ-2026-0001");
    assertThat(task(instance)).hasCandidateGroup("management-representative");
    completeHappy(REVIEW_QUALITY_PLAN);
    assertThat(task(instance)).hasCandidateGroup("general-manager");
    completeHappy(APPROVE_QUALITY_PLAN);
    assertThat(task(instance)).hasCandidateGroup("gm-office");
    completeHappy(DISTRIBUTE_QUALITY_PLAN);
    assertThat(task(instance)).hasCandidateGroup("quality-center");
    completeHappy(CHECK_PLAN_IMPLEMENTATION);
    executeJob();
    assertThat(task(instance)).hasCandidateGroup("customer-service");
    completeHappy(ACCEPT_ACTIVITY_RESULTS, WRITE_ACTIVITY_SUMMARY);
    assertThat(task(instance)).hasCandidateGroup("gm-office");
    completeHappy(FILE_ACTIVITY_SUMMARY);

    assertThat(instance).isEnded().hasPassed(QUALITY_PLAN_FILED).hasNotPassed(REVISE_QUALITY_PLAN);
    assertThat(recorded).containsSubsequence("reported", "filed");
  }

  @Test
  void returnsPlanToDepartmentWhenRepresentativeRejectsIt() {
    ProcessInstance instance = start();
    complete(REVIEW_QUALITY_PLAN, QualityPlanFixtures.completion(REVIEW_QUALITY_PLAN, Var.REVIEW_PASSED, false));

    assertThat(instance).isWaitingAt(REVISE_QUALITY_PLAN);
    assertThat(task(instance)).hasCandidateGroup("customer-service");
    completeHappy(REVISE_QUALITY_PLAN);
    assertThat(instance).isWaitingAt(REVIEW_QUALITY_PLAN);
  }

  @Test
  void reviewsRevisedPlanAgainWhenGeneralManagerRejectsIt() {
    ProcessInstance instance = start();
    completeHappy(REVIEW_QUALITY_PLAN);
    complete(APPROVE_QUALITY_PLAN, QualityPlanFixtures.completion(APPROVE_QUALITY_PLAN, Var.PLAN_APPROVED, false));

    assertThat(instance).isWaitingAt(REVISE_QUALITY_PLAN);
    completeHappy(REVISE_QUALITY_PLAN);
    assertThat(instance).isWaitingAt(REVIEW_QUALITY_PLAN);
  }

  @Test
  void keepsCheckingUntilTheActivityIsFinished() {
    ProcessInstance instance = runToSupervision();
    complete(CHECK_PLAN_IMPLEMENTATION, QualityPlanFixtures.completion(CHECK_PLAN_IMPLEMENTATION,
        Var.ACTIVITY_FINISHED, false));
    executeJob();

    assertThat(instance).isWaitingAt(CHECK_PLAN_IMPLEMENTATION);
    completeHappy(CHECK_PLAN_IMPLEMENTATION);
    executeJob();
    assertThat(instance).isWaitingAt(ACCEPT_ACTIVITY_RESULTS);
    assertThat(recorded.stream().filter("reported"::equals)).hasSize(2);
  }

  @Test
  void checksAgainWhenAcceptanceFails() {
    ProcessInstance instance = runToSupervision();
    completeHappy(CHECK_PLAN_IMPLEMENTATION);
    executeJob();
    complete(ACCEPT_ACTIVITY_RESULTS, QualityPlanFixtures.completion(ACCEPT_ACTIVITY_RESULTS, Var.ACCEPTANCE_PASSED,
        false));

    assertThat(instance).isWaitingAt(CHECK_PLAN_IMPLEMENTATION).hasNotPassed(WRITE_ACTIVITY_SUMMARY);
  }

  private ProcessInstance runToSupervision() {
    ProcessInstance instance = start();
    completeHappy(REVIEW_QUALITY_PLAN, APPROVE_QUALITY_PLAN, DISTRIBUTE_QUALITY_PLAN);
    return instance;
  }

  private ProcessInstance start() {
    return processEngine().getRuntimeService().startProcessInstanceByKey(QualityPlanProcess.KEY,
        QualityPlanFixtures.startVariables());
  }

  private void completeHappy(String... taskKeys) {
    EngineSteps.completeAll(processEngine(), QualityPlanFixtures::completion, taskKeys);
  }

  private void complete(String taskKey, Map<String, Object> variables) {
    EngineSteps.complete(processEngine(), taskKey, variables);
  }

  private void executeJob() {
    EngineSteps.executeJob(processEngine());
  }

  private ProcessEngine processEngine() {
    return engine.getProcessEngine();
  }
}
