package com.wuye.bpm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.complaint.ComplaintHandlingProcess;
import com.wuye.bpm.support.ApiClient;
import com.wuye.bpm.support.BrowserTest;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * A clerk's first visit (nothing cached in the browser) in Chinese: the list's relative times and the form's
 * messages are Chinese from the first render on.
 */
class ChineseTasklistBrowserTest extends BrowserTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;

  @Test
  void firstVisitShowsRelativeTimesAndFormMessagesInChinese() {
    Task acknowledge = receiveComplaint();

    logIn("tasklist", "gongcheng");
    press(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(.),'工程服务部待办')]"));
    visible(By.cssSelector("li.task a[href='#/?task=" + acknowledge.getId() + "']"));
    visible(By.cssSelector("li.task [am-time-ago], li.task .created-date, li.task time, li.task [title]"));
    screenshot("list");
    assertNoEnglish("task list");

    press(By.cssSelector("li.task a[href='#/?task=" + acknowledge.getId() + "']"));
    visible(By.cssSelector(".fjs-form"));
    claimTask();
    press(By.cssSelector("button[ng-click='complete()']"));
    visible(By.cssSelector(".fjs-form-field-error"));
    waitUntil(b -> b.findElement(By.cssSelector(".fjs-form-field-error")).getText().contains("此项必填"));
    screenshot("form-error");
    assertNoEnglish("task form");
  }

  private Task receiveComplaint() {
    ResponseEntity<Map> response = ApiClient.as(rest, "kefu").postJson("/api/complaints", """
        {"ownerName":"王芳","unit":"5栋601","phone":"13900139000","channel":"visit","category":"facility",
         "description":"电梯按钮失灵","urgent":false}""");
    assertThat(response.getStatusCode().value()).isEqualTo(201);
    return taskService.createTaskQuery().processInstanceBusinessKey((String) response.getBody().get("number"))
        .taskDefinitionKey(ComplaintHandlingProcess.Element.ACKNOWLEDGE_COMPLAINT).singleResult();
  }
}
