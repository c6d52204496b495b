package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityManualProcess.Element.*;
import static com.wuye.bpm.quality.QualityManualProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.support.EngineSteps;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** quality-manual with the real delegates and step recorder against the database, and the manual API. */
class QualityManualIntegrationTest extends SpringIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void keepsEveryDraftAndRevisionInTheVersionHistory() {
    ProcessInstance instance = start();
    String number = instance.getBusinessKey();
    String id = instance.getId();
    assertThat(number).startsWith("SC-");
    completeHappy(id, RECORD_CONSULTANT_TRAINING, DRAFT_WRITING_PLAN, ASSIGN_WRITING_TASKS);
    assertThat(taskService.createTaskQuery().processInstanceId(id).taskCandidateGroup("engineering").count()).isOne();
    completeHappy(id, WRITE_MANUAL_SECTIONS, COMPILE_FIRST_DRAFT, RECORD_CONSULTANT_REVISION);
    complete(id, REVIEW_MANUAL_DRAFT, QualityManualFixtures.completion(REVIEW_MANUAL_DRAFT, Var.CHANGES_NEEDED, true));
    completeHappy(id, REVISE_MANUAL, REVIEW_MANUAL_DRAFT, APPROVE_QUALITY_MANUAL, ARCHIVE_QUALITY_MANUAL);

    assertThat(jdbc.queryForMap("""
        select writing_groups, state, archive_location, effective_date from quality_manual where number = ?""", number))
        .containsEntry("WRITING_GROUPS", "customer-service,engineering").containsEntry("STATE", "RELEASED")
        .containsEntry("ARCHIVE_LOCATION", "品质管理中心文件柜 A-1")
        .containsEntry("EFFECTIVE_DATE", java.sql.Date.valueOf("2026-07-01"));
    ResponseEntity<Map> shown = rest.withBasicAuth("pinzhi", "demo").getForEntity("/api/quality/manuals/" + number, Map.class);
    assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) shown.getBody().get("versions"))
        .extracting(v -> v.get("label"), v -> v.get("stage"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("0.1", "DRAFT"),
            org.assertj.core.groups.Tuple.tuple("0.2", "CONSULTANT_REVISED"),
            org.assertj.core.groups.Tuple.tuple("0.3", "REVISED"),
            org.assertj.core.groups.Tuple.tuple("A/0", "APPROVED"),
            org.assertj.core.groups.Tuple.tuple("A/0", "RELEASED"));
  }

  @Test
  void refusesWritingPlanWithoutDepartmentsAndUnknownManual() {
    ProcessInstance instance = start();
    completeHappy(instance.getId(), RECORD_CONSULTANT_TRAINING);

    assertThatThrownBy(() -> complete(instance.getId(), DRAFT_WRITING_PLAN,
        QualityManualFixtures.completion(DRAFT_WRITING_PLAN, Var.WRITING_DEPARTMENTS, List.of("nowhere"))))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.WRITING_DEPARTMENTS);
    assertThat(jdbc.queryForObject("select writing_groups from quality_manual where number = ?", String.class,
        instance.getBusinessKey())).isNull();
    assertThat(rest.withBasicAuth("pinzhi", "demo").getForEntity("/api/quality/manuals/SC-1999-9999", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ProcessInstance start() {
    return processEngine.getRuntimeService().startProcessInstanceByKey(QualityManualProcess.KEY,
        QualityManualFixtures.startVariables());
  }

  private void completeHappy(String instance, String... taskKeys) {
    for (String taskKey : taskKeys) {
      complete(instance, taskKey, QualityManualFixtures.completion(taskKey));
    }
  }

  private void complete(String instance, String taskKey, Map<String, Object> variables) {
    EngineSteps.completeAndRunDueJobs(processEngine, instance, taskKey, variables);
  }

}
