package com.wuye.bpm.complaint;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Element.*;
import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.engine.StaffGroup;
import com.wuye.bpm.support.ApiClient;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
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
  @Autowired FilterService filterService;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void closesAfterCallbackAndKeepsEveryStepInTheRecord() {
    String number = receiveByHotline(ComplaintFixtures.repairDelay());
    assertThat(number).matches("TS-\\d{4}-\\d{6}");
    String instance = instanceOf(number);

    completeAs("gongcheng", "engineering", instance, ACKNOWLEDGE_COMPLAINT);
    completeAs("gongcheng", "engineering", instance, HANDLE_COMPLAINT);
    completeAs("kefu", "customer-service", instance, RECORD_HANDLING_RESULT);
    completeAs("gongcheng", "engineering", instance, CALLBACK);

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    Map<String, Object> row = complaintRow(number);
    assertThat(row).containsEntry("STATUS", "CLOSED").containsEntry("RESPONSIBLE_GROUP", "engineering")
        .containsEntry("PRIORITY", "normal").containsEntry("SATISFIED", true).containsEntry("RECEIVED_BY", "kefu");
    assertThat(row.get("ACKNOWLEDGED_AT")).isNotNull();
    assertThat(row.get("CLOSED_AT")).isNotNull();
    assertThat(((Number) row.get("RESPONSE_SECONDS")).longValue()).isGreaterThanOrEqualTo(0);
    assertThat(((Number) row.get("RESOLUTION_SECONDS")).longValue())
        .isGreaterThanOrEqualTo(((Number) row.get("RESPONSE_SECONDS")).longValue());
    List<Map<String, Object>> steps = jdbc.queryForList(
        "select step, actor, note, process_key from case_step where business_key = ? order by id", number);
    assertThat(steps).extracting(step -> step.get("STEP")).containsExactly(ACKNOWLEDGE_COMPLAINT, HANDLE_COMPLAINT,
        RECORD_HANDLING_RESULT, CALLBACK);
    assertThat(steps.get(0)).containsEntry("ACTOR", "gongcheng").containsEntry("NOTE", "到场查看，楼上管道渗漏")
        .containsEntry("PROCESS_KEY", ComplaintHandlingProcess.KEY);
    assertThat(steps.get(3)).containsEntry("ACTOR", "gongcheng").containsEntry("NOTE", "业主表示满意");
    assertThat(notices(number)).containsExactly("complaint-received", "complaint-closed");

    ResponseEntity<Map> shown = ApiClient.as(rest, "kefu").get("/api/complaints/" + number);
    assertThat(shown.getBody()).containsEntry("status", "CLOSED").containsEntry("statusName", "已结案")
        .containsEntry("satisfied", true);
    assertThat((List<Map<String, Object>>) shown.getBody().get("history")).hasSize(4)
        .first().satisfies(step -> assertThat(step).containsOnlyKeys("step", "stepName", "actor", "occurredAt", "note"));
  }

  /**
   * 《物业品质管理手册》§5.4.3 节点4: "投诉处理部门根据投诉内容适当进行用户回访". The callback is the task of the
   * department that handled the complaint: its staff find it in their group's Tasklist filter, customer service's
   * filter does not list it, and the owner's answer is kept in the complaint record that customer service keeps.
   */
  @Test
  void callbackIsMadeByTheDepartmentThatHandledTheComplaint() {
    String number = receiveByHotline(ComplaintFixtures.withCategory("sanitation", false));
    String instance = instanceOf(number);
    completeAs("guanjia", "housekeeping", instance, ACKNOWLEDGE_COMPLAINT);
    completeAs("guanjia", "housekeeping", instance, HANDLE_COMPLAINT);
    completeAs("kefu", "customer-service", instance, RECORD_HANDLING_RESULT);

    Task callback = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(CALLBACK)
        .singleResult();
    assertThat(filtered("guanjia", StaffGroup.HOUSEKEEPING)).extracting(Task::getId).contains(callback.getId());
    assertThat(filtered("kefu", StaffGroup.CUSTOMER_SERVICE)).extracting(Task::getId)
        .doesNotContain(callback.getId());

    completeAs("guanjia", "housekeeping", instance, CALLBACK);
    assertThat(complaintRow(number)).containsEntry("SATISFIED", true).containsEntry("STATUS", "CLOSED");
    assertThat(jdbc.queryForObject("select actor from case_step where business_key = ? and step = ?", String.class,
        number, CALLBACK)).isEqualTo("guanjia");
  }

  @Test
  void recordsEscalationWhenNobodyResponds() {
    String number = receiveByHotline(ComplaintFixtures.withCategory("noise", true));
    String instance = instanceOf(number);

    managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).timers()
        .singleResult().getId());

    Task escalation = taskService.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(ESCALATE_OVERDUE_COMPLAINT).singleResult();
    assertThat(taskService.getIdentityLinksForTask(escalation.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("security-supervisor"));
    assertThat(complaintRow(number).get("ESCALATED_AT")).isNotNull();
    assertThat(jdbc.queryForObject("select note from case_step where business_key = ? and step = ?", String.class,
        number, RESPONSE_OVERDUE)).isEqualTo("超过 15 分钟未受理，已转安全管理主管督办");
  }

  @Test
  void refusesTaskCompletionWithoutWhatTheFormRequires() {
    String number = receiveByHotline(ComplaintFixtures.repairDelay());
    Task task = taskService.createTaskQuery().processInstanceId(instanceOf(number)).singleResult();
    int steps = steps(number);

    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of(Var.INVESTIGATION, "  ")))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.INVESTIGATION + ": 必填");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(steps(number)).isEqualTo(steps);
    assertThat(complaintRow(number)).containsEntry("STATUS", "ASSIGNED");
  }

  @Test
  void refusesACallbackWithoutAnExplicitAnswer() {
    String number = receiveByHotline(ComplaintFixtures.repairDelay());
    String instance = instanceOf(number);
    completeAs("gongcheng", "engineering", instance, ACKNOWLEDGE_COMPLAINT);
    completeAs("gongcheng", "engineering", instance, HANDLE_COMPLAINT);
    completeAs("kefu", "customer-service", instance, RECORD_HANDLING_RESULT);
    Task callback = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    int steps = steps(number);

    assertThatThrownBy(() -> taskService.complete(callback.getId(), Map.of(Var.CALLBACK_NOTE, "业主未表态")))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.SATISFACTION);
    assertThatThrownBy(() -> taskService.complete(callback.getId(),
        Map.of(Var.SATISFACTION, "true", Var.CALLBACK_NOTE, "业主满意")))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.SATISFACTION);
    assertThat(steps(number)).isEqualTo(steps);
    assertThat(complaintRow(number)).containsEntry("STATUS", "AWAITING_CALLBACK").containsEntry("SATISFIED", null);
  }

  /** Issue 20.2: a completion that sends another complaint's number writes nothing into either complaint. */
  @Test
  void refusesACompletionThatForgesTheComplaintNumber() {
    String own = receiveByHotline(ComplaintFixtures.repairDelay());
    String other = receiveByHotline(ComplaintFixtures.withCategory("sanitation", false));
    Task task = taskService.createTaskQuery().processInstanceId(instanceOf(own)).singleResult();
    int ownSteps = steps(own);
    int otherSteps = steps(other);

    Map<String, Object> forged = new HashMap<>(ComplaintFixtures.HAPPY.get(ACKNOWLEDGE_COMPLAINT));
    forged.put(Var.COMPLAINT_NUMBER, other);
    identityService.setAuthentication("gongcheng", List.of("engineering"));
    assertThatThrownBy(() -> taskService.complete(task.getId(), forged))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.COMPLAINT_NUMBER);
    identityService.clearAuthentication();

    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(steps(own)).isEqualTo(ownSteps);
    assertThat(steps(other)).isEqualTo(otherSteps);
    assertThat(complaintRow(own)).containsEntry("STATUS", "ASSIGNED").containsEntry("ACKNOWLEDGED_AT", null);
    assertThat(complaintRow(other)).containsEntry("STATUS", "ASSIGNED").containsEntry("ACKNOWLEDGED_AT", null);
  }

  /** A completion cannot reroute the complaint (and so its callback) to another group. */
  @Test
  void refusesACompletionThatReroutesTheComplaint() {
    String number = receiveByHotline(ComplaintFixtures.repairDelay());
    String instance = instanceOf(number);
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    Map<String, Object> rerouted = new HashMap<>(ComplaintFixtures.HAPPY.get(ACKNOWLEDGE_COMPLAINT));
    rerouted.put(Var.RESPONSIBLE_GROUP, "customer-service");
    int steps = steps(number);

    assertThatThrownBy(() -> taskService.complete(task.getId(), rerouted))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.RESPONSIBLE_GROUP);

    assertThat(steps(number)).isEqualTo(steps);
    assertThat(complaintRow(number)).containsEntry("STATUS", "ASSIGNED");
    assertThat(runtimeService.getVariable(instance, Var.RESPONSIBLE_GROUP)).isEqualTo("engineering");
  }

  /**
   * Issue 20.1: an instance started at 结案 (an administrator may) does not close another instance's complaint, even
   * one the owner was satisfied with: the complaint is not its own.
   */
  @Test
  void refusesToCloseAComplaintFromAnInstanceStartedAtTheClosingStep() {
    String number = receiveByHotline(ComplaintFixtures.repairDelay());
    Map<String, Object> before = complaintRow(number);
    int notices = notices(number).size();

    identityService.setAuthentication("demo", List.of("camunda-admin"));
    assertThatThrownBy(() -> runtimeService.createProcessInstanceByKey(ComplaintHandlingProcess.KEY)
        .businessKey(number).startBeforeActivity(CLOSE_COMPLAINT).execute())
        .isInstanceOf(UnprocessableException.class);

    assertThat(complaintRow(number)).isEqualTo(before);
    assertThat(notices(number)).hasSize(notices);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isOne();
  }

  /** Issue 20.1: moving a complaint's own instance past its callback to 结案 is refused: no satisfied callback. */
  @Test
  void refusesToCloseAComplaintBeforeASatisfiedCallback() {
    String number = receiveByHotline(ComplaintFixtures.repairDelay());
    String instance = instanceOf(number);
    completeAs("gongcheng", "engineering", instance, ACKNOWLEDGE_COMPLAINT);
    completeAs("gongcheng", "engineering", instance, HANDLE_COMPLAINT);
    completeAs("kefu", "customer-service", instance, RECORD_HANDLING_RESULT);
    Map<String, Object> before = complaintRow(number);
    int notices = notices(number).size();

    identityService.setAuthentication("demo", List.of("camunda-admin"));
    assertThatThrownBy(() -> runtimeService.createProcessInstanceModification(instance)
        .startBeforeActivity(CLOSE_COMPLAINT).execute())
        .isInstanceOf(UnprocessableException.class).hasMessageContaining("待回访");
    assertThatThrownBy(() -> runtimeService.createProcessInstanceModification(instance)
        .startBeforeActivity(REOPEN_COMPLAINT).execute())
        .isInstanceOf(UnprocessableException.class);

    assertThat(complaintRow(number)).isEqualTo(before);
    assertThat(notices(number)).hasSize(notices);
  }

  /** Issue 20.1: an instance started at 确定责任部门 neither reroutes an existing complaint nor texts its owner. */
  @Test
  void refusesToAssignAComplaintFromAnInstanceStartedAtTheAssignment() {
    String number = receiveByHotline(ComplaintFixtures.repairDelay());
    Map<String, Object> before = complaintRow(number);
    int notices = notices(number).size();

    identityService.setAuthentication("demo", List.of("camunda-admin"));
    assertThatThrownBy(() -> runtimeService.createProcessInstanceByKey(ComplaintHandlingProcess.KEY)
        .businessKey(number).setVariables(Map.of(Var.CATEGORY, "fee", Var.URGENT, false))
        .startBeforeActivity(CLASSIFY_COMPLAINT).execute())
        .isInstanceOf(UnprocessableException.class);

    assertThat(complaintRow(number)).isEqualTo(before);
    assertThat(notices(number)).hasSize(notices);
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
    assertThat(complaintRow(number)).containsEntry("RECEIVED_BY", "kefu");
  }

  private String receiveByHotline(ComplaintIntake intake) {
    ResponseEntity<Map> response = ApiClient.as(rest, "kefu").postJson("/api/complaints", json(intake));
    assertThat(response.getStatusCode().value()).isEqualTo(201);
    return (String) response.getBody().get("number");
  }

  private String instanceOf(String number) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
  }

  private void completeAs(String user, String group, String instance, String taskKey) {
    identityService.setAuthentication(user, List.of(group));
    try {
      Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
          .singleResult();
      assertThat(task).as("%s sees %s", user, taskKey).isNotNull();
      taskService.claim(task.getId(), user);
      taskService.complete(task.getId(), ComplaintFixtures.HAPPY.get(taskKey));
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The tasks the user sees in their group's Tasklist filter. */
  private List<Task> filtered(String user, StaffGroup group) {
    identityService.setAuthentication(user, List.of(group.id()));
    try {
      String filter = filterService.createFilterQuery().filterName(group.chineseName() + "待办").singleResult()
          .getId();
      return filterService.list(filter);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Map<String, Object> complaintRow(String number) {
    return jdbc.queryForMap("select * from complaint where number = ?", number);
  }

  private int steps(String number) {
    return jdbc.queryForObject("select count(*) from case_step where business_key = ?", Integer.class, number);
  }

  private List<String> notices(String number) {
    return jdbc.queryForList("select kind from notice where reference = ? order by id", String.class, number);
  }

  static String json(ComplaintIntake intake) {
    return """
        {"ownerName":"%s","unit":"%s","phone":"%s","channel":"%s","category":"%s","description":"%s","urgent":%s}"""
        .formatted(intake.ownerName(), intake.unit(), intake.phone(), intake.channel(), intake.category(),
            intake.description(), intake.urgent());
  }
}
