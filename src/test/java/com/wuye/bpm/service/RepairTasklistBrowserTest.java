package com.wuye.bpm.service;

import static com.wuye.bpm.service.RepairRequestProcess.Element.SURVEY_REPAIR;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.jdbc.core.JdbcTemplate;

/** An owner's report from the portal (POST /api/repairs) reaches the engineer's Tasklist, who surveys it there. */
class RepairTasklistBrowserTest extends BrowserTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theEngineerFindsTheReportInTheGroupFilterAndRecordsTheSurvey() {
    Map<String, Object> report = RepairFixtures.leakInUnit();
    report.put(RepairRequestProcess.Var.CHANNEL, "portal");
    ResponseEntity<Map> response = ApiClient.as(rest, "kefu").postJson("/api/repairs", CaseApi.json(report));
    assertThat(response.getStatusCode().value()).isEqualTo(201);
    String number = (String) response.getBody().get("number");
    Task survey = taskService.createTaskQuery()
        .processInstanceId((String) response.getBody().get("processInstanceId")).taskDefinitionKey(SURVEY_REPAIR)
        .singleResult();

    logIn("tasklist", "gongcheng");
    openFromFilter("工程服务部待办", survey.getId());
    assertThat(browser.findElement(By.cssSelector("[id$='Field_repairNumber']")).getAttribute("value"))
        .isEqualTo(number);
    screenshot("repair-in-engineering-filter");
    claimTask();
    fillAndComplete(() -> taskService.createTaskQuery().taskId(survey.getId()).count() == 0,
        RepairRequestProcess.Var.SURVEY_FINDINGS, "下水管接头老化", RepairRequestProcess.Var.REPAIR_PLAN, "更换接头");
    screenshot("survey-completed");

    assertThat(jdbc.queryForMap("select status, repair_plan from repair_request where number = ?", number))
        .containsEntry("STATUS", "SURVEYED").containsEntry("REPAIR_PLAN", "更换接头");
    assertThat(jdbc.queryForObject("select actor from case_step where business_key = ? and step = ?", String.class,
        number, SURVEY_REPAIR)).isEqualTo("gongcheng");
  }
}
