package com.wuye.bpm.housekeeping;

import static com.wuye.bpm.housekeeping.CleaningManagementProcess.Element.*;
import static com.wuye.bpm.housekeeping.CleaningManagementProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.wuye.bpm.support.ProcessTestEngine;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of cleaning-management and cleaning-daily-check (《物业品质管理手册》 §5.6), delegates stand-ins. */
@Deployment(resources = {"bpmn/cleaning-management.bpmn", "bpmn/cleaning-daily-check.bpmn"})
class CleaningManagementProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(1.0);

  private static final String NUMBER = "BJ-2026-0001";
  private static final String CHECK = "BJJC-2026-000001";

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void standIns() {
    engine.mock("cleaningSchedule", new CleaningSchedule(new HousekeepingProperties(null)));
    engine.mock("registerCleaningRegulationsDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey(NUMBER);
      execution.setVariable(Var.REGULATIONS_NUMBER, NUMBER);
    });
    engine.mock("putCleaningRegulationsInForceDelegate",
        (JavaDelegate) execution -> calls.add(PUT_REGULATIONS_IN_FORCE));
    engine.mock("openDailyCleaningCheckDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey(CHECK);
      execution.setVariable(Var.CHECK_NUMBER, CHECK);
      execution.setVariable(Var.CHECK_DUE, new Date(ProcessTestEngine.START.getTime() + 86_400_000L));
    });
    engine.mock("recordDailyCleaningCheckDelegate",
        (JavaDelegate) execution -> calls.add(RECORD_DAILY_CLEANING_CHECK));
  }

  @Test
  void putsTheRegulationsInForceWhenBothApproveThenStudiesThem() {
    ProcessInstance instance = drafted();
    assertThat(engine.task(instance, REVIEW_CLEANING_REGULATIONS)).hasCandidateGroup("quality-manager");
    engine.complete(instance, REVIEW_CLEANING_REGULATIONS, CleaningFixtures.approved(Var.QUALITY_APPROVAL));
    assertThat(engine.task(instance, APPROVE_CLEANING_REGULATIONS)).hasCandidateGroup("general-manager");
    engine.complete(instance, APPROVE_CLEANING_REGULATIONS, CleaningFixtures.approved(Var.GENERAL_MANAGER_APPROVAL));

    assertThat(instance).isWaitingAt(ORGANISE_REGULATIONS_STUDY);
    assertThat(calls).containsExactly(PUT_REGULATIONS_IN_FORCE);
    assertThat(engine.task(instance, ORGANISE_REGULATIONS_STUDY)).hasCandidateGroup("housekeeping-supervisor");
    engine.complete(instance, ORGANISE_REGULATIONS_STUDY, CleaningFixtures.studied());

    assertThat(instance).isEnded().hasPassed(REGULATIONS_IN_FORCE);
  }

  @Test
  void returnsTheDraftWhenTheQualityManagerRejectsIt() {
    ProcessInstance instance = drafted();
    engine.complete(instance, REVIEW_CLEANING_REGULATIONS,
        CleaningFixtures.rejected(Var.QUALITY_APPROVAL, Var.QUALITY_APPROVAL_NOTE));

    assertThat(instance).isWaitingAt(REVISE_CLEANING_REGULATIONS);
    assertThat(engine.task(instance, REVISE_CLEANING_REGULATIONS)).hasCandidateGroup("housekeeping-supervisor");
    engine.complete(instance, REVISE_CLEANING_REGULATIONS, CleaningFixtures.resubmitted());

    assertThat(instance).isWaitingAt(REVIEW_CLEANING_REGULATIONS);
  }

  @Test
  void returnsTheDraftWhenTheGeneralManagerRejectsIt() {
    ProcessInstance instance = drafted();
    engine.complete(instance, REVIEW_CLEANING_REGULATIONS, CleaningFixtures.approved(Var.QUALITY_APPROVAL));
    engine.complete(instance, APPROVE_CLEANING_REGULATIONS,
        CleaningFixtures.rejected(Var.GENERAL_MANAGER_APPROVAL, Var.GENERAL_MANAGER_APPROVAL_NOTE));

    assertThat(instance).isWaitingAt(REVISE_CLEANING_REGULATIONS);
  }

  @Test
  void endsWithdrawnWhenTheSupervisorGivesTheDraftUp() {
    ProcessInstance instance = drafted();
    engine.complete(instance, REVIEW_CLEANING_REGULATIONS,
        CleaningFixtures.rejected(Var.QUALITY_APPROVAL, Var.QUALITY_APPROVAL_NOTE));
    engine.complete(instance, REVISE_CLEANING_REGULATIONS, CleaningFixtures.withdrawn());

    assertThat(instance).isEnded().hasPassed(REGULATIONS_WITHDRAWN).hasNotPassed(PUT_REGULATIONS_IN_FORCE);
    assertThat(calls).isEmpty();
  }

  @Test
  void closesTheDayWhenTheSelfCheckPassesAndThePreShiftCheckIsDone() {
    ProcessInstance day = dayStarted();
    assertThat(engine.task(day, SELF_CHECK_CLEANING)).hasCandidateGroup("housekeeping");
    assertThat(engine.task(day, PRE_SHIFT_CHECK)).hasCandidateGroup("housekeeping-supervisor");
    engine.complete(day, SELF_CHECK_CLEANING, CleaningFixtures.selfCheckPassed());
    engine.complete(day, PRE_SHIFT_CHECK, CleaningFixtures.preShift());

    assertThat(day).isEnded().hasPassed(CHECK_DAY_DONE).hasNotPassed(IMPROVE_CLEANING_WORK);
    assertThat(calls).containsExactly(RECORD_DAILY_CLEANING_CHECK);
  }

  @Test
  void improvesTheWorkWhenTheSelfCheckFails() {
    ProcessInstance day = dayStarted();
    engine.complete(day, PRE_SHIFT_CHECK, CleaningFixtures.preShift());
    engine.complete(day, SELF_CHECK_CLEANING, CleaningFixtures.selfCheckFailed());

    assertThat(day).isWaitingAt(IMPROVE_CLEANING_WORK);
    engine.complete(day, IMPROVE_CLEANING_WORK, CleaningFixtures.improved());

    assertThat(day).isEnded().hasPassed(IMPROVE_CLEANING_WORK, CHECK_DAY_DONE);
  }

  private ProcessInstance drafted() {
    ProcessInstance instance = engine.start(CleaningManagementProcess.KEY, CleaningFixtures.regulations());
    assertThat(instance).hasBusinessKey(NUMBER).isWaitingAt(REVIEW_CLEANING_REGULATIONS);
    return instance;
  }

  /** Moves the clock to the daily timer (07:30) and lets it start the day's check. */
  private ProcessInstance dayStarted() {
    Job timer = engine.processEngine().getManagementService().createJobQuery()
        .processDefinitionKey(CleaningManagementProcess.DAILY_CHECK_KEY).timers().singleResult();
    engine.setClock(timer.getDuedate());
    engine.runAllDueJobs();
    ProcessInstance day = engine.processEngine().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CleaningManagementProcess.DAILY_CHECK_KEY).singleResult();
    assertThat(day).hasBusinessKey(CHECK).isWaitingAt(SELF_CHECK_CLEANING, PRE_SHIFT_CHECK);
    return day;
  }
}
