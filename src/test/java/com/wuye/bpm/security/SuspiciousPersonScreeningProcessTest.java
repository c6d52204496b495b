package com.wuye.bpm.security;

import static com.wuye.bpm.security.SuspiciousPersonScreeningProcess.Element.*;
import static com.wuye.bpm.security.SuspiciousPersonScreeningProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/**
 * Every path of suspicious-person-screening (§5.5.2) with the real risk decision and stand-in delegates.
 * SuspiciousPersonScreeningIntegrationTest runs the real delegates against the database.
 */
@Deployment(resources = {"bpmn/suspicious-person-screening.bpmn", "dmn/suspicious-person-risk.dmn"})
class SuspiciousPersonScreeningProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.cfg.xml").build();
  private final List<String> alerted = new ArrayList<>();

  @BeforeEach
  void standIns() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("recordScreeningDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey("PC-2026-00001");
      execution.setVariable(Var.SCREENING_NUMBER, "PC-2026-00001");
    });
    Mocks.register("notifySupervisorOfScreeningDelegate", (JavaDelegate) execution -> { });
    Mocks.register("alertSupervisorOfScreeningDelegate",
        (JavaDelegate) execution -> alerted.add(execution.getProcessBusinessKey()));
    Mocks.register("archiveScreeningDelegate", (JavaDelegate) execution -> { });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void archivesReleaseWhenNothingSuspicious() {
    ProcessInstance instance = start(ScreeningFixtures.calm());

    assertThat(instance).isWaitingAt(CHOOSE_ACTION).hasBusinessKey("PC-2026-00001");
    assertThat(task(instance)).hasCandidateGroup("security");
    assertThat(instance).variables().containsEntry(Var.RISK_SCORE, 0).containsEntry(Var.RISK_LEVEL, "low")
        .containsEntry(Var.RECOMMENDED_ACTION, "release").containsEntry(Var.GUARD_ACTION, "release")
        .doesNotContainKey("risk");
    complete(Map.of());

    assertThat(instance).isEnded().hasPassed(ARCHIVE_SCREENING, SCREENING_ARCHIVED)
        .hasNotPassed(INSPECT_ITEMS, NOTIFY_SUPERVISOR);
    assertThat(instance).hasPassedInOrder(CHOOSE_ACTION);
  }

  @Test
  void archivesItemStatementWhenItemsAreFine() {
    ProcessInstance instance = start(ScreeningFixtures.loiteringAtNight());
    assertThat(instance).variables().containsEntry(Var.RISK_SCORE, 3).containsEntry(Var.GUARD_ACTION, "inspect-items");
    complete(Map.of());

    assertThat(instance).isWaitingAt(INSPECT_ITEMS);
    complete(ScreeningFixtures.itemsInspected(false));
    assertThat(instance).isWaitingAt(ITEM_STATEMENT);
    complete(ScreeningFixtures.itemStatement());

    assertThat(instance).isEnded().hasPassed(SCREENING_ARCHIVED).hasNotPassed(CHECK_ID);
    assertThat(instance).hasPassedInOrder(CHOOSE_ACTION, INSPECT_ITEMS, ITEM_STATEMENT);
  }

  @Test
  void archivesRegisteredIdWhenItemsSuspiciousAndIdValid() {
    ProcessInstance instance = start(ScreeningFixtures.loiteringAtNight());
    complete(Map.of());
    complete(ScreeningFixtures.itemsInspected(true));

    assertThat(instance).isWaitingAt(CHECK_ID);
    complete(ScreeningFixtures.validId());

    assertThat(instance).isEnded().hasPassed(SCREENING_ARCHIVED).hasNotPassed(ITEM_STATEMENT, NOTIFY_SUPERVISOR);
  }

  @Test
  void registersAfterSupervisorQuestioningWhenNoId() {
    ProcessInstance instance = start(ScreeningFixtures.loiteringAtNight());
    complete(Map.of());
    complete(ScreeningFixtures.itemsInspected(true));
    complete(ScreeningFixtures.noId());

    assertThat(instance).isWaitingAt(NOTIFY_SUPERVISOR);
    execute(job(instance));
    assertThat(instance).isWaitingAt(QUESTION_PERSON);
    assertThat(task(instance)).hasCandidateGroup("security-supervisor");
    complete(ScreeningFixtures.questioned(false));

    assertThat(instance).isEnded().hasPassed(SCREENING_ARCHIVED).hasNotPassed(HAND_OVER_TO_POLICE);
    assertThat(instance).hasPassedInOrder(CHOOSE_ACTION, INSPECT_ITEMS, CHECK_ID, QUESTION_PERSON);
  }

  @Test
  void handsSuspectToPoliceAfterQuestioning() {
    ProcessInstance instance = start(ScreeningFixtures.loiteringAtNight());
    complete(Map.of());
    complete(ScreeningFixtures.itemsInspected(true));
    complete(ScreeningFixtures.noId());
    execute(job(instance));
    complete(ScreeningFixtures.questioned(true));

    assertThat(instance).isWaitingAt(HAND_OVER_TO_POLICE);
    assertThat(task(instance)).hasCandidateGroup("security-supervisor");
    complete(ScreeningFixtures.handedOver());

    assertThat(instance).isEnded().hasPassed(HAND_OVER_TO_POLICE, SCREENING_ARCHIVED);
  }

  /**
   * 《物业品质管理手册》§5.5.2 节点2–4: a high score alerts the supervisor, yet the guard still inspects the items and
   * checks the ID in that order; a person with a valid ID is registered without the supervisor's questioning.
   */
  @Test
  void alertsSupervisorButStillInspectsItemsAndChecksIdWhenRiskHigh() {
    ProcessInstance instance = start(ScreeningFixtures.evasiveWithTools());
    assertThat(instance).variables().containsEntry(Var.RISK_SCORE, 6).containsEntry(Var.RISK_LEVEL, "high")
        .containsEntry(Var.GUARD_ACTION, "notify-supervisor");
    complete(Map.of());

    assertThat(instance).hasPassed(ALERT_SUPERVISOR).isWaitingAt(INSPECT_ITEMS);
    assertThat(alerted).containsExactly("PC-2026-00001");
    complete(ScreeningFixtures.itemsInspected(true));
    assertThat(instance).isWaitingAt(CHECK_ID);
    complete(ScreeningFixtures.validId());

    assertThat(instance).isEnded().hasNotPassed(NOTIFY_SUPERVISOR, QUESTION_PERSON);
  }

  /** 《物业品质管理手册》§5.5.2 节点4: the supervisor questions a highly suspicious person only when there is no ID. */
  @Test
  void supervisorQuestionsAHighRiskPersonOnlyWithoutId() {
    ProcessInstance instance = start(ScreeningFixtures.evasiveWithTools());
    complete(Map.of());
    complete(ScreeningFixtures.itemsInspected(true));
    complete(ScreeningFixtures.noId());

    assertThat(instance).isWaitingAt(NOTIFY_SUPERVISOR);
    execute(job(instance));
    assertThat(instance).isWaitingAt(QUESTION_PERSON).hasPassed(ALERT_SUPERVISOR, INSPECT_ITEMS, CHECK_ID);
  }

  @Test
  void inspectsItemsWhenGuardEscalatesLowRisk() {
    ProcessInstance instance = start(ScreeningFixtures.observed(Var.TAILGATING));
    assertThat(instance).variables().containsEntry(Var.RISK_SCORE, 2).containsEntry(Var.GUARD_ACTION, "release");
    complete(Map.of(Var.GUARD_ACTION, "inspect-items"));

    assertThat(instance).isWaitingAt(INSPECT_ITEMS);
  }

  private ProcessInstance start(Map<String, Object> variables) {
    return engine.getProcessEngine().getRuntimeService().startProcessInstanceByKey(SuspiciousPersonScreeningProcess.KEY,
        variables);
  }

  private void complete(Map<String, Object> variables) {
    var tasks = engine.getProcessEngine().getTaskService();
    tasks.complete(tasks.createTaskQuery().singleResult().getId(), variables);
  }
}
