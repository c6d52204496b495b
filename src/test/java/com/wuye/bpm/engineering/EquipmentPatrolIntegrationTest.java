package com.wuye.bpm.engineering;

import static com.wuye.bpm.engineering.EquipmentPatrolProcess.Element.*;
import static com.wuye.bpm.engineering.EquipmentPatrolProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.casefile.CaseFile;
import com.wuye.bpm.casefile.CaseStep;
import com.wuye.bpm.support.ApiClient;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * equipment-patrol and its schedule with the real roster, delegates and step declarations, the power-distribution
 * group (08:00, 14:00, 20:00) followed through a day and a downtime: patrols opened by the schedule's timer, a
 * check with an alarm becoming a work order, a missed patrol, missed due times after a downtime, refusals.
 */
class EquipmentPatrolIntegrationTest extends SpringIntegrationTest {

  private static final String GROUP = "power-distribution";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired EquipmentPatrolService patrols;
  @Autowired CaseFile caseFile;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired TestRestTemplate rest;

  private LocalDate day;

  /** A day after every patrol the database holds, with no patrol of any group open. */
  @BeforeEach
  void freshDay() {
    jdbc.sql("select number, process_instance_id from equipment_patrol where status = 'OPEN'")
        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list().forEach(open -> {
          runtimeService.deleteProcessInstance(open[1], "test: a fresh day");
          patrols.missed(open[0]);
        });
    LocalDate latest = jdbc.sql("select max(due_at) from equipment_patrol").query(OffsetDateTime.class).list()
        .stream().filter(java.util.Objects::nonNull).findFirst().map(OffsetDateTime::toLocalDate)
        .orElse(LocalDate.now(clock));
    day = (latest.isBefore(LocalDate.now(clock)) ? LocalDate.now(clock) : latest).plusDays(2);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aDayOfPatrolsAndADowntimeAreRecorded() {
    clockAt(day, 8, 5);
    runSchedule();
    EquipmentPatrol morning = onlyOpenPatrol();
    assertThat(morning.dueAt().toInstant()).isEqualTo(at(day, 8, 0).toInstant());
    assertThat(morning.deadline().toInstant()).isEqualTo(at(day, 14, 0).toInstant());
    assertThat(morning.processInstanceId()).isNotNull();
    Task check = task(morning.number(), CHECK_EQUIPMENT);
    assertThat(runtimeService.getVariable(check.getExecutionId(), Var.PATROL_TIME)).isEqualTo(day + " 08:00");
    long rows = rows();
    runSchedule();
    assertThat(rows()).as("a second look at the same time opens nothing").isEqualTo(rows);

    complete(morning.number(), CHECK_EQUIPMENT, "gongcheng", EquipmentPatrolFixtures.alarm());
    WorkOrder order = patrols.workOrderOfPatrol(morning.number()).orElseThrow();
    assertThat(order.status()).isEqualTo(WorkOrderStatus.OPEN);
    assertThat(order.priority()).isEqualTo("urgent");
    assertThat(order.dueAt().toInstant()).isEqualTo(at(day, 12, 5).toInstant());
    assertThat(order.findings()).contains("有告警", "2号变压器超温告警");
    assertThat(patrols.get(morning.number()).status()).isEqualTo(PatrolStatus.CHECKED);
    complete(morning.number(), REPAIR_EQUIPMENT, "gongcheng", EquipmentPatrolFixtures.repaired());
    EquipmentPatrol logged = patrols.get(morning.number());
    assertThat(logged.status()).isEqualTo(PatrolStatus.LOGGED);
    assertThat(logged.checkedBy()).isEqualTo("gongcheng");
    assertThat(logged.check().alarm()).isEqualTo("present");
    assertThat(patrols.workOrder(order.number()).repairResult()).isEqualTo("更换风机电容，温度恢复正常");
    assertThat(caseFile.steps(morning.number())).extracting(CaseStep::step)
        .containsExactly(CHECK_EQUIPMENT, REPAIR_EQUIPMENT);

    clockAt(day, 14, 10);
    runSchedule();
    EquipmentPatrol afternoon = onlyOpenPatrol();
    assertThat(afternoon.dueAt().toInstant()).isEqualTo(at(day, 14, 0).toInstant());
    clockAt(day, 20, 0);
    runDueJobs(afternoon);
    assertThat(patrols.get(afternoon.number()).status()).isEqualTo(PatrolStatus.MISSED);
    complete(afternoon.number(), REVIEW_MISSED_PATROL, "gongcheng-zhuguan", EquipmentPatrolFixtures.missedReason());
    assertThat(patrols.get(afternoon.number()).missedNote()).isEqualTo("值班设备管理员处理停水抢修，已调整排班");

    clockAt(day.plusDays(2), 15, 0);
    runSchedule();
    List<EquipmentPatrol> since = patrols.list(GROUP, null, at(day, 20, 0).toOffsetDateTime(),
        at(day.plusDays(3), 0, 0).toOffsetDateTime());
    assertThat(since).extracting(EquipmentPatrol::status).containsExactly(PatrolStatus.OPEN, PatrolStatus.MISSED,
        PatrolStatus.MISSED, PatrolStatus.MISSED, PatrolStatus.MISSED, PatrolStatus.MISSED);
    assertThat(since.get(0).dueAt().toInstant()).isEqualTo(at(day.plusDays(2), 14, 0).toInstant());
    assertThat(since.subList(1, 6)).allSatisfy(missed -> {
      assertThat(missed.processInstanceId()).isNull();
      assertThat(missed.missedNote()).isEqualTo(PatrolRoster.NOT_OPENED);
    });

    var answer = ApiClient.as(rest, "gongcheng-zhuguan").get("/api/engineering/patrols/" + morning.number());
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("statusName", "已记录日志");
    assertThat(answer.getBody().get("workOrder")).asString().contains("priorityName=紧急", "statusName=已修复");
    assertThat(ApiClient.as(rest, "jingli").get("/api/engineering/patrols?group=" + GROUP + "&status=MISSED&from="
        + day + "&to=" + day.plusDays(2), String.class).getBody()).contains(afternoon.number());
  }

  @Test
  void aCheckWithAnAlarmButNoCauseIsRefusedAndNothingIsWritten() {
    clockAt(day, 8, 5);
    runSchedule();
    EquipmentPatrol patrol = onlyOpenPatrol();
    long steps = steps(patrol.number());
    Map<String, Object> noCause = EquipmentPatrolFixtures.check("good", "good", "present", "normal", null);
    Map<String, Object> otherPatrol = new HashMap<>(EquipmentPatrolFixtures.allNormal());
    otherPatrol.put(Var.PATROL_NUMBER, "XJ-2026-999999");

    assertThatThrownBy(() -> complete(patrol.number(), CHECK_EQUIPMENT, "gongcheng", noCause))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.FINDINGS);
    assertThatThrownBy(() -> complete(patrol.number(), CHECK_EQUIPMENT, "gongcheng",
        EquipmentPatrolFixtures.check("good", "loose", "none", "normal", null)))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.TERMINALS);
    assertThatThrownBy(() -> complete(patrol.number(), CHECK_EQUIPMENT, "gongcheng", otherPatrol))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.PATROL_NUMBER);

    assertThat(patrols.get(patrol.number()).status()).isEqualTo(PatrolStatus.OPEN);
    assertThat(patrols.get(patrol.number()).check()).isNull();
    assertThat(steps(patrol.number())).isEqualTo(steps);
    assertThat(ApiClient.as(rest, "baoan").get("/api/engineering/patrols", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ApiClient.as(rest, "jingli").get("/api/engineering/patrols?from=2026-13-01", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private void runSchedule() {
    Job timer = managementService.createJobQuery().processDefinitionKey(EquipmentPatrolProcess.SCHEDULE_KEY)
        .timers().singleResult();
    managementService.executeJob(timer.getId());
  }

  private void runDueJobs(EquipmentPatrol patrol) {
    managementService.createJobQuery().processInstanceId(patrol.processInstanceId()).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }

  private EquipmentPatrol onlyOpenPatrol() {
    List<EquipmentPatrol> open = patrols.list(GROUP, PatrolStatus.OPEN, at(day.minusDays(7), 0, 0).toOffsetDateTime(),
        at(day.plusDays(7), 0, 0).toOffsetDateTime());
    assertThat(open).as("open patrols of %s", GROUP).hasSize(1);
    return open.get(0);
  }

  private Task task(String number, String key) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as("open task %s of %s", key, number).isNotNull();
    return task;
  }

  private void complete(String number, String key, String user, Map<String, Object> variables) {
    Task task = task(number, key);
    taskService.setAssignee(task.getId(), user);
    taskService.complete(task.getId(), variables);
  }

  private void clockAt(LocalDate date, int hour, int minute) {
    ClockUtil.setCurrentTime(Date.from(at(date, hour, minute).toInstant()));
  }

  private ZonedDateTime at(LocalDate date, int hour, int minute) {
    return date.atTime(hour, minute).atZone(clock.getZone());
  }

  private long rows() {
    return jdbc.sql("select count(*) from equipment_patrol").query(Long.class).single();
  }

  private long steps(String number) {
    return jdbc.sql("select count(*) from case_step where business_key = :key").param("key", number)
        .query(Long.class).single();
  }
}
