package com.wuye.bpm.service;

import static com.wuye.bpm.service.RepairRequestProcess.Element.*;
import static com.wuye.bpm.service.RepairRequestProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.wuye.bpm.support.ProcessTestEngine;
import java.time.Duration;
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
 * Every path through repair-request, with the real repair-priority decision and the delegates replaced by stand-ins
 * that note what they were asked to do. RepairRequestIntegrationTest runs the real delegates against the database.
 */
@Deployment(resources = {"bpmn/repair-request.bpmn", "dmn/repair-priority.dmn"})
class RepairRequestProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(0.95);

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void standIns() {
    engine.mock("registerRepairDelegate", (JavaDelegate) execution -> {
      calls.add(REGISTER_REPAIR);
      execution.setProcessBusinessKey("BX-2026-000001");
      execution.setVariable(Var.REPAIR_NUMBER, "BX-2026-000001");
    });
    engine.mock("dispatchRepairDelegate", (JavaDelegate) execution -> calls.add(DISPATCH_REPAIR + ":"
        + execution.getVariable(Var.PRIORITY) + ":" + execution.getVariable(Var.RESPONSE_MINUTES) + ":"
        + execution.getVariable(Var.CHARGEABLE)));
    engine.mock("reopenRepairDelegate", (JavaDelegate) execution -> calls.add(REOPEN_REPAIR));
    engine.mock("closeRepairDelegate", (JavaDelegate) execution -> calls.add(CLOSE_REPAIR));
  }

  @Test
  void closesWhenTheOwnerIsSatisfied() {
    ProcessInstance instance = reportedAndRepaired(RepairFixtures.leakInUnit());

    engine.complete(instance, CALLBACK_REPAIR, RepairFixtures.callback(RepairRequestProcess.SATISFIED));
    assertThat(instance).isWaitingAt(REVIEW_REPAIR_CALLBACK).isNotEnded();
    engine.complete(instance, REVIEW_REPAIR_CALLBACK, RepairFixtures.engineeringReview());

    assertThat(instance).hasPassedInOrder(REGISTER_REPAIR, TRIAGE_REPAIR, DISPATCH_REPAIR, SURVEY_REPAIR,
        CARRY_OUT_REPAIR, FILE_REPAIR_RECORD, CLOSE_REPAIR).hasNotPassed(REOPEN_REPAIR).isEnded();
    assertThat(instance).hasPassed(REPAIR_CLOSED);
    assertThat(calls).containsExactly(REGISTER_REPAIR, DISPATCH_REPAIR + ":normal:30:true", CLOSE_REPAIR);
  }

  @Test
  void repairsAgainWhenTheOwnerIsNotSatisfied() {
    ProcessInstance instance = reportedAndRepaired(RepairFixtures.publicLight(true));

    engine.complete(instance, REVIEW_REPAIR_CALLBACK, RepairFixtures.engineeringReview());
    engine.complete(instance, CALLBACK_REPAIR, RepairFixtures.callback(RepairRequestProcess.UNSATISFIED));

    assertThat(instance).hasPassed(REOPEN_REPAIR).isWaitingAt(CARRY_OUT_REPAIR);
    engine.completeAll(instance, Map.of(CARRY_OUT_REPAIR, RepairFixtures.repairFree(),
        FILE_REPAIR_RECORD, RepairFixtures.filing(),
        CALLBACK_REPAIR, RepairFixtures.callback(RepairRequestProcess.SATISFIED),
        REVIEW_REPAIR_CALLBACK, RepairFixtures.engineeringReview()),
        CARRY_OUT_REPAIR, FILE_REPAIR_RECORD, CALLBACK_REPAIR, REVIEW_REPAIR_CALLBACK);

    assertThat(instance).hasPassed(REPAIR_CLOSED).isEnded();
    assertThat(calls).containsExactly(REGISTER_REPAIR, DISPATCH_REPAIR + ":urgent:15:false", REOPEN_REPAIR,
        CLOSE_REPAIR);
  }

  @Test
  void escalatesToTheEngineeringSupervisorWhenNobodyRespondsInTime() {
    ProcessInstance instance = engine.start(RepairRequestProcess.KEY, RepairFixtures.leakInUnit());

    engine.moveClock(Duration.ofMinutes(29));
    assertThat(engine.runDueJobs(instance)).isZero();
    engine.moveClock(Duration.ofMinutes(2));
    assertThat(engine.runDueJobs(instance)).isOne();

    assertThat(instance).isWaitingAt(SURVEY_REPAIR, ESCALATE_OVERDUE_REPAIR);
    assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(ESCALATE_OVERDUE_REPAIR, instance))
        .hasCandidateGroup("engineering-supervisor");
    engine.complete(instance, ESCALATE_OVERDUE_REPAIR, Map.of(Var.SUPERVISOR_ACTION, "已电话督促"));
    assertThat(instance).hasPassed(ESCALATION_HANDLED).isWaitingAt(SURVEY_REPAIR);
  }

  @Test
  void givesEngineeringFifteenMinutesForAnUrgentReport() {
    ProcessInstance instance = engine.start(RepairRequestProcess.KEY, RepairFixtures.publicLight(true));

    assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(SURVEY_REPAIR, instance))
        .hasCandidateGroup("engineering").hasDueDate(new java.util.Date(ProcessTestEngine.START.getTime()
            + Duration.ofMinutes(15).toMillis()));
    engine.moveClock(Duration.ofMinutes(16));
    assertThat(engine.runDueJobs(instance)).isOne();
    assertThat(instance).isWaitingAt(SURVEY_REPAIR, ESCALATE_OVERDUE_REPAIR);
  }

  private ProcessInstance reportedAndRepaired(Map<String, Object> report) {
    ProcessInstance instance = engine.start(RepairRequestProcess.KEY, report);
    boolean chargeable = "unit".equals(report.get(Var.LOCATION));
    engine.completeAll(instance, Map.of(SURVEY_REPAIR, RepairFixtures.survey(),
        CARRY_OUT_REPAIR, chargeable ? RepairFixtures.repairWithCharge() : RepairFixtures.repairFree(),
        FILE_REPAIR_RECORD, RepairFixtures.filing()), SURVEY_REPAIR, CARRY_OUT_REPAIR, FILE_REPAIR_RECORD);
    assertThat(instance).isWaitingAt(CALLBACK_REPAIR, REVIEW_REPAIR_CALLBACK);
    return instance;
  }
}
