package com.wuye.bpm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.complaint.ComplaintHandlingProcess;
import com.wuye.bpm.support.ApiClient;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Groups, authorizations and Tasklist filters as staff, managers and process owners meet them. */
class OrganisationTest extends SpringIntegrationTest {

  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired FilterService filterService;
  @Autowired RuntimeService runtimeService;
  @Autowired OrganisationSetup organisationSetup;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void createsEveryGroupWithItsChineseName() {
    for (StaffGroup group : StaffGroup.values()) {
      assertThat(identityService.createGroupQuery().groupId(group.id()).singleResult().getName())
          .isEqualTo(group.chineseName());
    }
    assertThat(identityService.createUserQuery().memberOfGroup("customer-service").list())
        .extracting(user -> user.getId()).contains("kefu");
  }

  @Test
  void showsEveryUserTheDepartmentNamesNotTheGroupIds() {
    identityService.setAuthentication("kefu", List.of("customer-service"));
    assertThat(identityService.createGroupQuery().groupId("engineering").singleResult().getName())
        .isEqualTo(StaffGroup.ENGINEERING.chineseName());

    ResponseEntity<List<Map<String, Object>>> groups = rest.withBasicAuth("gongcheng", "demo").exchange(
        "/engine-rest/group?id=customer-service", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
    assertThat(groups.getBody()).extracting(group -> group.get("name"))
        .containsExactly(StaffGroup.CUSTOMER_SERVICE.chineseName());
  }

  @Test
  void putsAnUrgentComplaintsTaskBeforeANormalOne() {
    Task urgent = firstTaskOf(receiveComplaint(true));
    Task normal = firstTaskOf(receiveComplaint(false));
    assertThat(urgent.getPriority()).isEqualTo(80);
    assertThat(normal.getPriority()).isEqualTo(50);
  }

  @Test
  void setUpTwiceChangesNothing() {
    long filters = filterService.createFilterQuery().count();
    long authorizations = processEngine.getAuthorizationService().createAuthorizationQuery().count();
    organisationSetup.setUp();
    assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
    assertThat(processEngine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
  }

  @Test
  void showsEachUserTheirOwnFilterAndMyTasks() {
    identityService.setAuthentication("gongcheng", List.of("engineering"));
    List<Filter> visible = filterService.createFilterQuery().list();
    assertThat(visible).extracting(Filter::getName).contains(OrganisationSetup.MY_TASKS_FILTER, "工程服务部待办")
        .doesNotContain("客户服务中心待办");
  }

  @Test
  void groupFilterListsTheGroupsOpenTasksByDueDate() {
    String processInstanceId = processInstanceOf(receiveComplaint());
    identityService.setAuthentication("gongcheng", List.of("engineering"));
    Filter engineering = filterService.createFilterQuery().filterName("工程服务部待办").singleResult();
    List<Task> tasks = filterService.list(engineering.getId());
    assertThat(tasks).extracting(Task::getProcessInstanceId).contains(processInstanceId);
    assertThat(tasks).isSortedAccordingTo((a, b) -> a.getDueDate() == null || b.getDueDate() == null ? 0
        : a.getDueDate().compareTo(b.getDueDate()));
  }

  @Test
  void letsOnlyTheResponsibleGroupSeeAndCompleteItsTask() {
    String processInstanceId = processInstanceOf(receiveComplaint());
    Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult();

    identityService.setAuthentication("kefu", List.of("customer-service"));
    assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).count()).isZero();
    assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of(
        ComplaintHandlingProcess.Var.INVESTIGATION, "x"))).isInstanceOf(AuthorizationException.class);

    identityService.setAuthentication("gongcheng", List.of("engineering"));
    assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).count()).isOne();
  }

  @Test
  void refusesAnotherGroupsTaskThroughTheRestApi() {
    String processInstanceId = processInstanceOf(receiveComplaint());
    String taskId = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();

    ResponseEntity<List<Map<String, Object>>> seenByCustomerService = rest.withBasicAuth("kefu", "demo").exchange(
        "/engine-rest/task?processInstanceId=" + processInstanceId, HttpMethod.GET, null,
        new ParameterizedTypeReference<>() { });
    assertThat(seenByCustomerService.getBody()).isEmpty();
    assertThat(postTaskComplete("kefu", taskId).getStatusCode().value()).isIn(403, 404);
    assertThat(rest.withBasicAuth("gongcheng", "demo").exchange("/engine-rest/task?processInstanceId="
        + processInstanceId, HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { })
        .getBody()).hasSize(1);
  }

  @Test
  void letsManagersReadEverythingAndChangeNothing() {
    String processInstanceId = processInstanceOf(receiveComplaint());
    identityService.setAuthentication("jingli", List.of("managers"));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isOne();
    assertThat(taskService.createTaskQuery().processInstanceId(processInstanceId).count()).isOne();
    assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ComplaintHandlingProcess.KEY).count()).isPositive();

    assertThatThrownBy(() -> runtimeService.suspendProcessInstanceById(processInstanceId))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> runtimeService.deleteProcessInstance(processInstanceId, "test"))
        .isInstanceOf(AuthorizationException.class);
    String taskId = taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    assertThatThrownBy(() -> taskService.claim(taskId, "jingli")).isInstanceOf(AuthorizationException.class);
    assertThat(postTaskComplete("jingli", taskId).getStatusCode().value()).isEqualTo(403);
  }

  @Test
  void letsOnlyCustomerServiceStartComplaintHandling() {
    String definitionId = processEngine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ComplaintHandlingProcess.KEY).latestVersion().singleResult().getId();
    identityService.setAuthentication("baoan", List.of("security"));
    assertThatThrownBy(() -> runtimeService.startProcessInstanceById(definitionId))
        .isInstanceOf(AuthorizationException.class);
    identityService.setAuthentication("kefu", List.of("customer-service"));
    assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery().startableInTasklist()
        .startablePermissionCheck().processDefinitionKey(ComplaintHandlingProcess.KEY).count()).isPositive();
  }

  private ResponseEntity<Map> postTaskComplete(String user, String taskId) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    headers.set("Content-Type", "application/json");
    return rest.exchange("/engine-rest/task/" + taskId + "/complete", HttpMethod.POST,
        new HttpEntity<>("{\"variables\":{\"investigation\":{\"value\":\"x\"}}}", headers), Map.class);
  }

  private String receiveComplaint() {
    return receiveComplaint(false);
  }

  private Task firstTaskOf(String number) {
    return taskService.createTaskQuery().processInstanceBusinessKey(number).singleResult();
  }

  private String receiveComplaint(boolean urgent) {
    ResponseEntity<Map> response = ApiClient.as(rest, "kefu").postJson("/api/complaints", """
        {"ownerName":"王芳","unit":"5栋601","phone":"13900139000","channel":"visit","category":"facility",
         "description":"电梯按钮失灵","urgent":%s}""".formatted(urgent));
    assertThat(response.getStatusCode().value()).isEqualTo(201);
    return (String) response.getBody().get("number");
  }

  private String processInstanceOf(String number) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
  }
}
