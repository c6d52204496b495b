package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.FeeDunningProcess.Element.APPLY_SUSPENSION;
import static com.wuye.bpm.fee.FeeDunningProcess.Element.APPROVE_SUSPENSION;
import static com.wuye.bpm.fee.FeeDunningProcess.Element.SUSPEND_SERVICES;
import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.support.BrowserTest;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The general manager decides on a suspension in Tasklist; engineering then has the task to suspend. */
class FeeSuspensionBrowserTest extends BrowserTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired BillingRunService billingRuns;
  @Autowired TaskService taskService;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void generalManagerApprovesSuspensionAndEngineeringGetsTheTask() {
    YearMonth period = FeeTestEstate.freshPeriod();
    FeeTestEstate estate = FeeTestEstate.billed(jdbc, billingRuns, 1, period);
    String number = estate.bill(period, 0);
    String instance = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(number).singleResult().getId();
    YearMonth next = period.plusMonths(1);
    for (Date at : List.of(FeeFixtures.at(period, 16, 0, 0), FeeFixtures.at(period, 24, 0, 0),
        FeeFixtures.at(next, 3, 0, 0), FeeFixtures.at(next, 10, 0, 0), FeeFixtures.at(next, 10, 0, 0))) {
      ClockUtil.setCurrentTime(at);
      for (Job job : processEngine.getManagementService().createJobQuery().processInstanceId(instance)
          .executable().list()) {
        processEngine.getManagementService().executeJob(job.getId());
      }
    }
    ClockUtil.reset();
    taskService.complete(task(instance, APPLY_SUSPENSION).getId(), FeeFixtures.completion(APPLY_SUSPENSION));
    Task approval = task(instance, APPROVE_SUSPENSION);

    logIn("tasklist", "zongjingli");
    press(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(.),'总经理待办')]"));
    press(By.cssSelector("li.task a[href='#/?task=" + approval.getId() + "']"));
    visible(By.cssSelector(".fjs-form"));
    claimTask();
    waitUntil(b -> b.findElement(By.cssSelector("[id$='Field_arrearsHistory']")).getAttribute("value")
        .contains(number));
    screenshot("general-manager-sees-arrears-history");

    press(By.cssSelector("button[ng-click='complete()']"));
    visible(By.cssSelector(".fjs-form-field-error"));
    screenshot("approval-comment-required");
    assertThat(taskService.createTaskQuery().taskId(approval.getId()).count()).isOne();

    press(By.cssSelector("input[id$='Field_suspensionApproved']"));
    fillAndComplete(() -> taskService.createTaskQuery().taskId(approval.getId()).count() == 0,
        "approvalComment", "同意暂停空调服务，缴清后即恢复");
    assertThat(processEngine.getRuntimeService().getVariable(instance, FeeDunningProcess.Var.SUSPENSION_APPROVED))
        .isEqualTo(true);

    Task suspend = task(instance, SUSPEND_SERVICES);
    logIn("tasklist", "gongcheng");
    press(By.xpath("//div[contains(@class,'task-filter')]//a[contains(normalize-space(.),'工程服务部待办')]"));
    press(By.cssSelector("li.task a[href='#/?task=" + suspend.getId() + "']"));
    visible(By.cssSelector(".fjs-form"));
    screenshot("engineering-gets-suspension-task");
  }

  private Task task(String instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
  }
}
