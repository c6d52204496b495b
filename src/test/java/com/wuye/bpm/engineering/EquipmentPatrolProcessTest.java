package com.wuye.bpm.engineering;

import static com.wuye.bpm.engineering.EquipmentPatrolProcess.Element.*;
import static com.wuye.bpm.engineering.EquipmentPatrolProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.wuye.bpm.support.ProcessTestEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path of equipment-patrol (《物业品质管理手册》 §5.7.2) and the timer of its schedule, the delegates stand-ins:
 * the schedule starts by moving the clock, a patrol not done by its deadline is missed.
 */
@Deployment(resources = {"bpmn/equipment-patrol.bpmn", "bpmn/equipment-patrol-schedule.bpmn",
    "dmn/equipment-repair-need.dmn"})
class EquipmentPatrolProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(1.0);

  private static final String NUMBER = "XJ-2026-000001";
  private static final Duration UNTIL_DEADLINE = Duration.ofHours(6);

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void standIns() {
    engine.mock("equipmentPatrolSchedule", new EquipmentPatrolSchedule(new PatrolProperties(null, null)));
    engine.mock("openDuePatrolsDelegate", (JavaDelegate) execution -> calls.add(OPEN_DUE_PATROLS));
    engine.mock("openWorkOrderDelegate", (JavaDelegate) execution -> {
      calls.add(OPEN_WORK_ORDER);
      execution.setVariable(Var.WORK_ORDER_NUMBER, "WX-2026-000001");
      execution.setVariable(Var.REPAIR_DUE, new Date(ProcessTestEngine.START.getTime()
          + Duration.ofHours((Integer) execution.getVariable(Var.REPAIR_HOURS)).toMillis()));
    });
    engine.mock("recordPatrolLogDelegate", (JavaDelegate) execution -> calls.add(RECORD_PATROL_LOG));
    engine.mock("recordMissedPatrolDelegate", (JavaDelegate) execution -> calls.add(RECORD_MISSED_PATROL));
  }

  @Test
  void logsThePatrolWhenEverythingIsNormal() {
    ProcessInstance instance = patrolDue();
    assertThat(instance).hasBusinessKey(NUMBER).isWaitingAt(CHECK_EQUIPMENT);
    assertThat(engine.task(instance, CHECK_EQUIPMENT)).hasCandidateGroup("engineering")
        .hasDueDate(deadline());

    engine.complete(instance, CHECK_EQUIPMENT, EquipmentPatrolFixtures.allNormal());

    assertThat(instance).isEnded().hasPassed(PATROL_COMPLETED).hasNotPassed(OPEN_WORK_ORDER);
    assertThat(calls).containsExactly(RECORD_PATROL_LOG);
  }

  @Test
  void logsWithoutARepairWhatWasCleanedAndTightenedOnTheSpot() {
    ProcessInstance instance = patrolDue();

    engine.complete(instance, CHECK_EQUIPMENT, EquipmentPatrolFixtures.fixedOnTheSpot());

    assertThat(instance).isEnded().hasPassed(PATROL_COMPLETED).hasNotPassed(REPAIR_EQUIPMENT);
  }

  @Test
  void opensAnUrgentWorkOrderWhenAnAlarmIsFound() {
    ProcessInstance instance = patrolDue();
    engine.complete(instance, CHECK_EQUIPMENT, EquipmentPatrolFixtures.alarm());

    assertThat(instance).isWaitingAt(REPAIR_EQUIPMENT).variables().containsEntry(Var.REPAIR_NEEDED, true)
        .containsEntry(Var.REPAIR_PRIORITY, "urgent").containsEntry(Var.REPAIR_HOURS, 4);
    assertThat(engine.task(instance, REPAIR_EQUIPMENT)).hasCandidateGroup("engineering")
        .hasDueDate(new Date(ProcessTestEngine.START.getTime() + Duration.ofHours(4).toMillis()));
    engine.complete(instance, REPAIR_EQUIPMENT, EquipmentPatrolFixtures.repaired());

    assertThat(instance).isEnded().hasPassed(PATROL_COMPLETED);
    assertThat(calls).containsExactly(OPEN_WORK_ORDER, RECORD_PATROL_LOG);
  }

  @Test
  void opensAWorkOrderWithinADayForSmellNoiseOrHeat() {
    ProcessInstance instance = patrolDue();
    engine.complete(instance, CHECK_EQUIPMENT, EquipmentPatrolFixtures.noisyPump());

    assertThat(instance).isWaitingAt(REPAIR_EQUIPMENT).variables().containsEntry(Var.REPAIR_PRIORITY, "normal")
        .containsEntry(Var.REPAIR_HOURS, 24);
  }

  @Test
  void recordsAMissedPatrolWhenItsDeadlinePasses() {
    ProcessInstance instance = patrolDue();
    engine.moveClock(UNTIL_DEADLINE.minusMinutes(1));
    assertThat(engine.runDueJobs(instance)).isZero();

    engine.moveClock(Duration.ofMinutes(1));
    engine.runDueJobs(instance);

    assertThat(instance).isWaitingAt(REVIEW_MISSED_PATROL).hasNotPassed(ASSESS_PATROL_FINDINGS);
    assertThat(engine.task(instance, REVIEW_MISSED_PATROL)).hasCandidateGroup("engineering-supervisor");
    engine.complete(instance, REVIEW_MISSED_PATROL, EquipmentPatrolFixtures.missedReason());

    assertThat(instance).isEnded().hasPassed(PATROL_MISSED);
    assertThat(calls).containsExactly(RECORD_MISSED_PATROL);
  }

  @Test
  void theScheduleLooksForDuePatrolsWhenItsTimerFires() {
    Job timer = scheduleTimer();
    assertThat(timer.getDuedate()).isAfter(ProcessTestEngine.START);

    engine.setClock(timer.getDuedate());
    engine.runAllDueJobs();

    assertThat(calls).containsExactly(OPEN_DUE_PATROLS);
    assertThat(scheduleTimer().getDuedate()).isEqualTo(new Date(timer.getDuedate().getTime()
        + Duration.ofMinutes(15).toMillis()));
  }

  @Test
  void theScheduleFiresOnceAfterADowntimeInsteadOfCatchingUp() {
    engine.moveClock(Duration.ofDays(3));

    engine.runAllDueJobs();

    assertThat(calls).containsExactly(OPEN_DUE_PATROLS);
    assertThat(scheduleTimer().getDuedate()).isAfter(new Date(ProcessTestEngine.START.getTime()
        + Duration.ofDays(3).toMillis()));
  }

  /** Starts a patrol as the roster does: by its message, due now, to be done within six hours. */
  private ProcessInstance patrolDue() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.PATROL_NUMBER, NUMBER);
    variables.put(Var.EQUIPMENT_GROUP, "power-distribution");
    variables.put(Var.EQUIPMENT_GROUP_NAME, "配电设备");
    variables.put(Var.EQUIPMENT_ITEMS, "高低压配电柜、变压器、配电箱");
    variables.put(Var.PATROL_TIME, "2026-11-18 12:26");
    variables.put(Var.PATROL_DEADLINE, deadline());
    return engine.processEngine().getRuntimeService().createMessageCorrelation(EquipmentPatrolProcess.DUE_MESSAGE)
        .processInstanceBusinessKey(NUMBER).setVariables(variables).correlateStartMessage();
  }

  private static Date deadline() {
    return new Date(ProcessTestEngine.START.getTime() + UNTIL_DEADLINE.toMillis());
  }

  /** The one timer job of the schedule's start event. */
  private Job scheduleTimer() {
    List<Job> timers = engine.processEngine().getManagementService().createJobQuery()
        .processDefinitionKey(EquipmentPatrolProcess.SCHEDULE_KEY).timers().list();
    assertThat(timers).hasSize(1);
    return timers.get(0);
  }
}
