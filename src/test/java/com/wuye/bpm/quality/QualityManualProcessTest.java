package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityManualProcess.Element.*;
import static com.wuye.bpm.quality.QualityManualProcess.Var;
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

/** Every path through quality-manual; delegates and the step recorder are stand-ins (the recorder sets writingGroups). */
@Deployment(resources = "bpmn/quality-manual.bpmn")
class QualityManualProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.cfg.xml").build();

  private final List<String> recorded = new ArrayList<>();

  @BeforeEach
  void standIns() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("registerQualityManualDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey("SC-2026-0001");
      execution.setVariable(Var.MANUAL_NUMBER, "SC-2026-0001");
    });
    Mocks.register("releaseManualVersionDelegate", (JavaDelegate) execution -> recorded.add("released"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void releasesManualWhenDepartmentsNeedNoChangesAndGeneralManagerApproves() {
    ProcessInstance instance = start();
    assertThat(instance).isWaitingAt(RECORD_CONSULTANT_TRAINING).hasBusinessKey("SC-2026-0001");
    assertThat(task(instance)).hasCandidateGroup("quality-center");
    completeHappy(RECORD_CONSULTANT_TRAINING, DRAFT_WRITING_PLAN, ASSIGN_WRITING_TASKS);
    assertThat(task(instance)).hasDefinitionKey(WRITE_MANUAL_SECTIONS).hasCandidateGroup("customer-service")
        .hasCandidateGroup("engineering");
    completeHappy(WRITE_MANUAL_SECTIONS, COMPILE_FIRST_DRAFT, RECORD_CONSULTANT_REVISION, REVIEW_MANUAL_DRAFT);
    assertThat(task(instance)).hasCandidateGroup("general-manager");
    completeHappy(APPROVE_QUALITY_MANUAL, ARCHIVE_QUALITY_MANUAL);

    assertThat(instance).isEnded().hasPassed(RELEASE_MANUAL_VERSION, QUALITY_MANUAL_RELEASED)
        .hasNotPassed(COLLECT_WRITING_ISSUES, REVISE_MANUAL);
    assertThat(recorded).containsExactly("released");
  }

  @Test
  void asksTheConsultantAndWritesOnWhenDepartmentsHaveQuestions() {
    ProcessInstance instance = runToWriting();
    complete(WRITE_MANUAL_SECTIONS, QualityManualFixtures.completion(WRITE_MANUAL_SECTIONS, Var.HAS_QUESTIONS, true));

    assertThat(instance).isWaitingAt(COLLECT_WRITING_ISSUES);
    completeHappy(COLLECT_WRITING_ISSUES);
    assertThat(instance).isWaitingAt(WRITE_MANUAL_SECTIONS);
    completeHappy(WRITE_MANUAL_SECTIONS);
    assertThat(instance).isWaitingAt(COMPILE_FIRST_DRAFT);
  }

  @Test
  void loopsThroughDepartmentsReviewUntilNoChangesAreNeeded() {
    ProcessInstance instance = runToWriting();
    completeHappy(WRITE_MANUAL_SECTIONS, COMPILE_FIRST_DRAFT, RECORD_CONSULTANT_REVISION);
    complete(REVIEW_MANUAL_DRAFT, QualityManualFixtures.completion(REVIEW_MANUAL_DRAFT, Var.CHANGES_NEEDED, true));

    assertThat(instance).isWaitingAt(REVISE_MANUAL);
    assertThat(task(instance)).hasCandidateGroup("engineering");
    completeHappy(REVISE_MANUAL);
    assertThat(instance).isWaitingAt(REVIEW_MANUAL_DRAFT);
    completeHappy(REVIEW_MANUAL_DRAFT);
    assertThat(instance).isWaitingAt(APPROVE_QUALITY_MANUAL);
  }

  @Test
  void revisesAndReviewsAgainWhenGeneralManagerRejects() {
    ProcessInstance instance = runToWriting();
    completeHappy(WRITE_MANUAL_SECTIONS, COMPILE_FIRST_DRAFT, RECORD_CONSULTANT_REVISION, REVIEW_MANUAL_DRAFT);
    complete(APPROVE_QUALITY_MANUAL, QualityManualFixtures.completion(APPROVE_QUALITY_MANUAL, Var.MANUAL_APPROVED,
        false));

    assertThat(instance).isWaitingAt(REVISE_MANUAL);
    completeHappy(REVISE_MANUAL);
    assertThat(instance).isWaitingAt(REVIEW_MANUAL_DRAFT);
  }

  private ProcessInstance runToWriting() {
    ProcessInstance instance = start();
    completeHappy(RECORD_CONSULTANT_TRAINING, DRAFT_WRITING_PLAN, ASSIGN_WRITING_TASKS);
    return instance;
  }

  private ProcessInstance start() {
    return processEngine().getRuntimeService().startProcessInstanceByKey(QualityManualProcess.KEY,
        QualityManualFixtures.startVariables());
  }

  private void completeHappy(String... taskKeys) {
    EngineSteps.completeAll(processEngine(), QualityManualFixtures::completion, taskKeys);
  }

  private void complete(String taskKey, Map<String, Object> variables) {
    EngineSteps.complete(processEngine(), taskKey, variables);
  }

  private ProcessEngine processEngine() {
    return engine.getProcessEngine();
  }
}
