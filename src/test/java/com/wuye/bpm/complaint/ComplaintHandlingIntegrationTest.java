package com.wuye.bpm.complaint;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Element.*;
import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.support.ApiClient;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** complaint-handling with its real delegates: what the staff do and what ends up in the database. */
class ComplaintHandlingIntegrationTest extends SpringIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void closesAfterCallbackAndKeepsEveryStepInTheRecord() {
    String number = receiveByHotline(ComplaintFixtures.repairDelay());
    assertThat(number).matches("TS-\\d{4}-\\d{6}");
    String processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();

    completeAs("gongcheng", "engineering", processInstanceId, ACKNOWLEDGE_COMPLAINT,
        Map.of(Var.INVESTIGATION, "到场查看，楼上管道渗漏"));
    completeAs("gongcheng", "engineering", processInstanceId, HANDLE_COMPLAINT,
        Map.of(Var.HANDLING_ACTION, "更换楼上排水管接头"));
    completeAs("kefu", "customer-service", processInstanceId, RECORD_HANDLING_RESULT,
        Map.of(Var.HANDLING_RESULT, "已修复，不再渗漏"));
    completeAs("kefu", "customer-service", processInstanceId, CALLBACK,
        Map.of(Var.SATISFIED, true, Var.CALLBACK_NOTE, "业主表示满意"));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isZero();
    Map<String, Object> row = jdbc.queryForMap("select * from complaint where number = ?", number);
    assertThat(row).containsEntry("STATUS", "CLOSED").containsEntry("RESPONSIBLE_GROUP", "engineering")
        .containsEntry("PRIORITY", "normal").containsEntry("SATISFIED", true).containsEntry("RECEIVED_BY", "kefu");
    assertThat(row.get("ACKNOWLEDGED_AT")).isNotNull();
    assertThat(row.get("CLOSED_AT")).isNotNull();
    assertThat(((Number) row.get("RESPONSE_SECONDS")).longValue()).isGreaterThanOrEqualTo(0);
    assertThat(((Number) row.get("RESOLUTION_SECONDS")).longValue())
        .isGreaterThanOrEqualTo(((Number) row.get("RESPONSE_SECONDS")).longValue());
    List<Map<String, Object>> steps = jdbc.queryForList(
        "select step, actor, note from complaint_step s join complaint c on c.id = s.complaint_id where c.number = ? order by s.id",
        number);
    assertThat(steps).extracting(step -> step.get("STEP")).containsExactly(ACKNOWLEDGE_COMPLAINT, HANDLE_COMPLAINT,
        RECORD_HANDLING_RESULT, CALLBACK);
    assertThat(steps.get(0)).containsEntry("ACTOR", "gongcheng").containsEntry("NOTE", "到场查看，楼上管道渗漏");
    assertThat(jdbc.queryForList("select kind from notice where reference = ? order by id", String.class, number))
        .containsExactly("complaint-received", "complaint-closed");

    ResponseEntity<Map> shown = ApiClient.as(rest, "kefu").get("/api/complaints/" + number);
    assertThat(shown.getBody()).containsEntry("status", "CLOSED").containsEntry("statusName", "已结案");
    assertThat((List<?>) shown.getBody().get("history")).hasSize(4);
  }

  @Test
  void recordsEscalationWhenNobodyResponds() {
    String number = receiveByHotline(ComplaintFixtures.withCategory("noise", true));
    String processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();

    managementService.executeJob(managementService.createJobQuery().processInstanceId(processInstanceId).timers()
        .singleResult().getId());

    Task escalation = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(ESCALATE_OVERDUE_COMPLAINT).singleResult();
    assertThat(taskService.getIdentityLinksForTask(escalation.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("security-supervisor"));
    assertThat(jdbc.queryForObject("select escalated_at from complaint where number = ?", Object.class, number))
        .isNotNull();
    assertThat(jdbc.queryForObject("""
        select count(*) from complaint_step s join complaint c on c.id = s.complaint_id
        where c.number = ? and s.step = ?""", Integer.class, number, RESPONSE_OVERDUE)).isOne();
  }

  @Test
  void refusesTaskCompletionWithoutWhatTheFormRequires() {
    String number = receiveByHotline(ComplaintFixtures.repairDelay());
    String processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();

    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of(Var.INVESTIGATION, "  ")))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.INVESTIGATION + ": 必填");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  @Test
  void startsFromTheTasklistStartFormWithoutBusinessKey() {
    identityService.setAuthentication("kefu", List.of("customer-service"));
    Map<String, Object> form = new HashMap<>(ComplaintFixtures.variables(ComplaintFixtures.repairDelay()));
    var instance = processEngine.getFormService().submitStartForm(
        processEngine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(ComplaintHandlingProcess.KEY).latestVersion().singleResult().getId(), form);
    identityService.clearAuthentication();

    String number = (String) runtimeService.getVariable(instance.getId(), Var.COMPLAINT_NUMBER);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey()).isEqualTo(number);
    assertThat(jdbc.queryForObject("select received_by from complaint where number = ?", String.class, number))
        .isEqualTo("kefu");
  }

  private String receiveByHotline(ComplaintIntake intake) {
    ResponseEntity<Map> response = ApiClient.as(rest, "kefu").postJson("/api/complaints", json(intake));
    assertThat(response.getStatusCode().value()).isEqualTo(201);
    return (String) response.getBody().get("number");
  }

  private void completeAs(String user, String group, String processInstanceId, String taskKey,
      Map<String, Object> variables) {
    identityService.setAuthentication(user, List.of(group));
    try {
      Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
          .singleResult();
      assertThat(task).as("%s sees %s", user, taskKey).isNotNull();
      taskService.claim(task.getId(), user);
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  static String json(ComplaintIntake intake) {
    return """
        {"ownerName":"%s","unit":"%s","phone":"%s","channel":"%s","category":"%s","description":"%s","urgent":%s}"""
        .formatted(intake.ownerName(), intake.unit(), intake.phone(), intake.channel(), intake.category(),
            intake.description(), intake.urgent());
  }
}
