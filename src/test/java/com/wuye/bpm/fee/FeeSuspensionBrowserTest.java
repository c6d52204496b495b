package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.HouseholdArrearsProcess.Element.APPLY_SUSPENSION;
import static com.wuye.bpm.fee.HouseholdArrearsProcess.Element.APPROVE_SUSPENSION;
import static com.wuye.bpm.fee.HouseholdArrearsProcess.Element.SUSPEND_SERVICES;
import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.support.BrowserTest;
import java.time.YearMonth;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The general manager decides on a household's suspension in Tasklist: the months owed in a table, the services
 * as Chinese choices, 批准 or 驳回 chosen explicitly; engineering then has the task to suspend.
 */
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
    String arrearsCase = new FeeMonth(processEngine, estate.unitCodes().get(0)).playToHandOver(period).get(0);
    ClockUtil.reset();
    String instance = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(arrearsCase).singleResult().getId();
    taskService.complete(task(instance, APPLY_SUSPENSION).getId(),
        HouseholdArrearsFixtures.completion(APPLY_SUSPENSION));
    Task approval = task(instance, APPROVE_SUSPENSION);

    logIn("tasklist", "zongjingli");
    openFromFilter("总经理待办", approval.getId());
    claimTask();
    waitUntil(b -> b.findElement(By.cssSelector(".fjs-table")).getText().contains(number));
    assertThat(visible(By.cssSelector(".fjs-form-field-checklist")).getText()).contains("空调", "供电");
    screenshot("general-manager-sees-every-month-owed");

    press(By.cssSelector("button[ng-click='complete()']"));
    visible(By.cssSelector(".fjs-form-field-error"));
    screenshot("decision-and-comment-required");
    assertThat(taskService.createTaskQuery().taskId(approval.getId()).count()).isOne();

    press(By.cssSelector("input[id$='Field_suspensionDecision-0']"));
    fillAndComplete(() -> taskService.createTaskQuery().taskId(approval.getId()).count() == 0,
        "approvalComment", "同意暂停空调服务，缴清后即恢复");
    assertThat(processEngine.getRuntimeService().getVariable(instance, HouseholdArrearsProcess.Var.SUSPENSION_DECISION))
        .isEqualTo(HouseholdArrearsProcess.Var.APPROVED);

    Task suspend = task(instance, SUSPEND_SERVICES);
    logIn("tasklist", "gongcheng");
    openFromFilter("工程服务部待办", suspend.getId());
    screenshot("engineering-gets-suspension-task");
  }

  private Task task(String instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
  }
}
