package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityPlanProcess.Element.*;
import static com.wuye.bpm.quality.QualityPlanProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.support.EngineSteps;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** quality-plan with the real delegates and step recorder against the database, and the plan API. */
class QualityPlanIntegrationTest extends SpringIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;
  @Autowired NoticeService notices;

  @Test
  void keepsReviewerApproverIssueDateChecksAndSummary() {
    ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey(QualityPlanProcess.KEY,
        QualityPlanFixtures.startVariables());
    String number = instance.getBusinessKey();
    String id = instance.getId();
    assertThat(number).startsWith("ZJ-");
    complete(id, REVIEW_QUALITY_PLAN, "guandai", QualityPlanFixtures.completion(REVIEW_QUALITY_PLAN));
    complete(id, APPROVE_QUALITY_PLAN, "zongjingli", QualityPlanFixtures.completion(APPROVE_QUALITY_PLAN,
        Var.PLAN_APPROVED, false));
    complete(id, REVISE_QUALITY_PLAN, null, QualityPlanFixtures.completion(REVISE_QUALITY_PLAN));
    assertThat(jdbc.queryForMap("select revision, reviewed_by, state from quality_plan where number = ?", number))
        .containsEntry("REVISION", 1).containsEntry("REVIEWED_BY", null).containsEntry("STATE", "DRAFT");
    complete(id, REVIEW_QUALITY_PLAN, "guandai", QualityPlanFixtures.completion(REVIEW_QUALITY_PLAN));
    complete(id, APPROVE_QUALITY_PLAN, "zongjingli", QualityPlanFixtures.completion(APPROVE_QUALITY_PLAN));
    complete(id, DISTRIBUTE_QUALITY_PLAN, "zongban", QualityPlanFixtures.completion(DISTRIBUTE_QUALITY_PLAN));
    complete(id, CHECK_PLAN_IMPLEMENTATION, "pinzhi", QualityPlanFixtures.completion(CHECK_PLAN_IMPLEMENTATION,
        Var.ACTIVITY_FINISHED, false));
    complete(id, CHECK_PLAN_IMPLEMENTATION, "pinzhi", QualityPlanFixtures.completion(CHECK_PLAN_IMPLEMENTATION));
    complete(id, ACCEPT_ACTIVITY_RESULTS, "kefu-zhuguan", QualityPlanFixtures.completion(ACCEPT_ACTIVITY_RESULTS));
    complete(id, WRITE_ACTIVITY_SUMMARY, "kefu-zhuguan", QualityPlanFixtures.completion(WRITE_ACTIVITY_SUMMARY));
    complete(id, FILE_ACTIVITY_SUMMARY, "zongban", QualityPlanFixtures.completion(FILE_ACTIVITY_SUMMARY));

    assertThat(jdbc.queryForMap("""
        select plan_name, author, reviewed_by, approved_by, issue_date, acceptance_passed, state, filing_location
        from quality_plan where number = ?""", number))
        .containsEntry("PLAN_NAME", "便民服务日质量计划").containsEntry("AUTHOR", "张客服")
        .containsEntry("REVIEWED_BY", "guandai").containsEntry("APPROVED_BY", "zongjingli")
        .containsEntry("ISSUE_DATE", java.sql.Date.valueOf("2026-04-01")).containsEntry("ACCEPTANCE_PASSED", true)
        .containsEntry("STATE", "FILED").containsEntry("FILING_LOCATION", "已办理：" + FILE_ACTIVITY_SUMMARY);
    assertThat(notices.issuedFor(number + "/1")).extracting(n -> n.kind()).containsExactly("quality-plan-check");
    assertThat(notices.issuedFor(number + "/2")).hasSize(1);

    ResponseEntity<Map> shown = rest.withBasicAuth("pinzhi", "demo").getForEntity("/api/quality/plans/" + number, Map.class);
    assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<Map<String, Object>> checks = (List<Map<String, Object>>) shown.getBody().get("checks");
    assertThat(checks).extracting(c -> c.get("checkNo"), c -> c.get("checkedItems"), c -> c.get("checkedBy"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "objectives, resources", "pinzhi"),
            org.assertj.core.groups.Tuple.tuple(2, "objectives, resources", "pinzhi"));
    assertThat((List<?>) shown.getBody().get("steps")).hasSize(11);
  }

  @Autowired
  com.wuye.bpm.casefile.CaseFile caseFile;

  @Test
  void refusesCheckWithoutDateAndWritesNothing() {
    ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey(QualityPlanProcess.KEY,
        QualityPlanFixtures.startVariables());
    String id = instance.getId();
    complete(id, REVIEW_QUALITY_PLAN, "guandai", QualityPlanFixtures.completion(REVIEW_QUALITY_PLAN));
    complete(id, APPROVE_QUALITY_PLAN, "zongjingli", QualityPlanFixtures.completion(APPROVE_QUALITY_PLAN));
    complete(id, DISTRIBUTE_QUALITY_PLAN, "zongban", QualityPlanFixtures.completion(DISTRIBUTE_QUALITY_PLAN));
    Map<String, Object> variables = QualityPlanFixtures.completion(CHECK_PLAN_IMPLEMENTATION);
    variables.remove(Var.CHECK_DATE);
    variables.put(Var.CHECK_FINDINGS, " ");

    assertThatThrownBy(() -> complete(id, CHECK_PLAN_IMPLEMENTATION, "pinzhi", variables))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.CHECK_DATE)
        .hasMessageContaining(Var.CHECK_FINDINGS);
    assertThat(jdbc.queryForObject("""
        select count(*) from quality_plan_check c join quality_plan p on p.id = c.plan_id where p.number = ?""",
        Integer.class, instance.getBusinessKey())).isZero();
    assertThat(rest.withBasicAuth("pinzhi", "demo").getForEntity("/api/quality/plans/ZJ-1999-9999", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  /**
   * 《服务实现》§3.3 (the plan is approved by the general manager) and issue 21 "Forms a manager reads": an approval is
   * an explicit choice; a completion without 批准 or 驳回 is refused and the plan stays where it was.
   */
  @Test
  void refusesAnApprovalWithoutAnExplicitChoice() {
    ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey(QualityPlanProcess.KEY,
        QualityPlanFixtures.startVariables());
    String id = instance.getId();
    complete(id, REVIEW_QUALITY_PLAN, "guandai", QualityPlanFixtures.completion(REVIEW_QUALITY_PLAN));
    Map<String, Object> variables = QualityPlanFixtures.completion(APPROVE_QUALITY_PLAN);
    variables.remove(Var.PLAN_APPROVED);
    int steps = caseFile.steps(instance.getBusinessKey()).size();

    assertThatThrownBy(() -> complete(id, APPROVE_QUALITY_PLAN, "zongjingli", variables))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.PLAN_APPROVED);
    assertThat(caseFile.steps(instance.getBusinessKey())).hasSize(steps);
    assertThat(taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey(APPROVE_QUALITY_PLAN).count())
        .isOne();

    variables.put(Var.PLAN_APPROVED, "false");
    complete(id, APPROVE_QUALITY_PLAN, "zongjingli", variables);
    assertThat(taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey(REVISE_QUALITY_PLAN).count())
        .isOne();
  }

  private void complete(String instance, String taskKey, String user, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("task " + taskKey).isNotNull();
    if (user != null) {
      taskService.setAssignee(task.getId(), user);
    }
    taskService.complete(task.getId(), variables);
    EngineSteps.runDueJobs(processEngine, instance);
  }
}
