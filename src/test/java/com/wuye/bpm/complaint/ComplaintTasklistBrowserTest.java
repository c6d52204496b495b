package com.wuye.bpm.complaint;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Element.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.support.ApiClient;
import com.wuye.bpm.support.BrowserTest;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** Staff work a complaint in Tasklist; a manager watches it in Cockpit. */
class ComplaintTasklistBrowserTest extends BrowserTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;

  @Test
  void engineeringClaimsFillsAndCompletesThenCustomerServiceSeesTheNextTask() {
    String processInstanceId = receiveComplaint();
    Task acknowledge = openTask(processInstanceId, ACKNOWLEDGE_COMPLAINT);

    logIn("tasklist", "gongcheng");
    screenshot("logged-in");
    openFilterAndTask("工程服务部待办", acknowledge);
    screenshot("task-in-group-filter");
    claimTask();
    press(By.cssSelector("button[ng-click='complete()']"));
    visible(By.cssSelector(".fjs-form-field-error"));
    screenshot("validation-error");
    assertThat(taskService.createTaskQuery().taskId(acknowledge.getId()).count()).isOne();

    fillAndComplete(() -> taskService.createTaskQuery().taskId(acknowledge.getId()).count() == 0,
        "investigation", "已到现场，楼上管道渗漏");
    screenshot("completed");
    assertThat(runtimeService.getVariable(processInstanceId, ComplaintHandlingProcess.Var.INVESTIGATION))
        .isEqualTo("已到现场，楼上管道渗漏");

    Task handle = openTask(processInstanceId, HANDLE_COMPLAINT);
    browser.navigate().refresh();
    openFilterAndTask("工程服务部待办", handle);
    claimTask();
    fillAndComplete(() -> taskService.createTaskQuery().taskId(handle.getId()).count() == 0,
        "handlingAction", "更换排水管接头");

    Task record = openTask(processInstanceId, RECORD_HANDLING_RESULT);
    logIn("tasklist", "kefu");
    openFilterAndTask("客户服务中心待办", record);
    visible(By.xpath("//*[contains(@class,'task-details') or contains(@class,'task-card') or self::h2]"
        + "[contains(normalize-space(.),'记录处理情况')]"));
    screenshot("next-task-for-customer-service");
  }

  @Test
  void anotherGroupNeitherListsNorOpensTheTask() {
    String processInstanceId = receiveComplaint();
    Task acknowledge = openTask(processInstanceId, ACKNOWLEDGE_COMPLAINT);

    logIn("tasklist", "kefu");
    visible(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(.),'客户服务中心待办')]"));
    assertThat(all(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(.),'工程服务部待办')]")))
        .isEmpty();
    browser.get(url("/camunda/app/tasklist/default/#/?task=" + acknowledge.getId()));
    visible(By.cssSelector("[cam-widget-header], .navbar"));
    screenshot("other-groups-task-refused");
    assertThat(all(By.cssSelector("button.claim"))).isEmpty();
    assertThat(all(By.cssSelector("button[ng-click='complete()']"))).isEmpty();
    assertThat(taskService.createTaskQuery().taskId(acknowledge.getId()).count()).isOne();
  }

  @Test
  void managerSeesTheRunningInstanceOnItsDiagramInCockpit() {
    String processInstanceId = receiveComplaint();

    logIn("cockpit", "jingli");
    browser.get(url("/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime"));
    visible(By.cssSelector("[data-element-id='" + ACKNOWLEDGE_COMPLAINT + "']"));
    waitUntil(b -> !b.findElements(By.cssSelector(
        ".djs-overlays[data-container-id='" + ACKNOWLEDGE_COMPLAINT + "'] .badge")).isEmpty());
    screenshot("cockpit-instance-with-token");
    assertThat(all(By.cssSelector(".djs-overlays[data-container-id='" + HANDLE_COMPLAINT + "'] .badge"))).isEmpty();
  }

  private void openFilterAndTask(String filterName, Task task) {
    openFromFilter(filterName, task.getId());
  }

  private Task openTask(String processInstanceId, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
        .singleResult();
  }

  private String receiveComplaint() {
    ResponseEntity<Map> response = ApiClient.as(rest, "kefu").postJson("/api/complaints",
        ComplaintHandlingIntegrationTest.json(ComplaintFixtures.repairDelay()));
    assertThat(response.getStatusCode().value()).isEqualTo(201);
    return (String) response.getBody().get("processInstanceId");
  }
}
