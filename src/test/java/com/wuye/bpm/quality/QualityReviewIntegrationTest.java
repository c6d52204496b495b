package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityReviewProcess.Element.*;
import static com.wuye.bpm.quality.QualityReviewProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** quality-review with the real delegates and step recorder against the database, through the REST API. */
class QualityReviewIntegrationTest extends SpringIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @Autowired NoticeService notices;

  @Test
  void tracksDefectsThroughRegressionReviewUntilDocumentsAreControlled() {
    String number = requestReview();
    String instance = processInstance(number);
    assertThat(state(number)).isEqualTo("PENDING_READING");

    completeHappy(instance, CONFIRM_REVIEW_ITEMS, APPOINT_REVIEW_LEADER);
    assertThat(jdbc.queryForMap("select review_leader, review_level from quality_review where number = ?", number))
        .containsEntry("REVIEW_LEADER", QualityReviewFixtures.LEADER).containsEntry("REVIEW_LEVEL", "department");
    assertThat(taskAt(instance, STUDY_REVIEW_PROJECT).getAssignee()).isEqualTo(QualityReviewFixtures.LEADER);
    completeHappy(instance, STUDY_REVIEW_PROJECT, DRAFT_REVIEW_PLAN, APPROVE_REVIEW_PLAN, FORM_REVIEW_TEAM,
        PRE_REVIEW_DOCUMENTS);
    assertThat(notices.issuedFor(number)).extracting(n -> n.kind()).contains("quality-review-plan");
    assertThat(state(number)).isEqualTo("CHECKED_OUT");
    completeHappy(instance, REVISE_DOCUMENTS, PREPARE_REVIEW_MEETING, HOLD_REVIEW_MEETING);
    assertThat(state(number)).isEqualTo("PENDING_REVIEW");

    recordMeeting(instance, List.of(QualityReviewFixtures.defect(1, ReviewDefect.SERIOUS, false),
        QualityReviewFixtures.defect(2, ReviewDefect.GENERAL, false)));
    assertThat(taskService.getVariables(taskAt(instance, WRITE_REVIEW_REPORT).getId()))
        .containsEntry(Var.SERIOUS_DEFECTS, 1).containsEntry(Var.GENERAL_DEFECTS, 1)
        .containsEntry(Var.CONCLUSION, "major-change").containsEntry(Var.REGRESSION_REVIEW, true);
    completeHappy(instance, WRITE_REVIEW_REPORT, APPROVE_REVIEW_REPORT, FIX_DEFECTS);

    verify(instance, List.of(QualityReviewFixtures.defect(1, ReviewDefect.SERIOUS, true),
        QualityReviewFixtures.defect(2, ReviewDefect.GENERAL, false)));
    assertThat(taskAt(instance, FIX_DEFECTS)).isNotNull();
    assertThat(openDefects(number)).isEqualTo(1);
    completeHappy(instance, FIX_DEFECTS);
    verify(instance, List.of(QualityReviewFixtures.defect(1, ReviewDefect.SERIOUS, true),
        QualityReviewFixtures.defect(2, ReviewDefect.GENERAL, true)));
    assertThat(openDefects(number)).isZero();

    // regression review: round 2 finds nothing
    assertThat(jdbc.queryForMap("select review_round, review_type from quality_review where number = ?", number))
        .containsEntry("REVIEW_ROUND", 2).containsEntry("REVIEW_TYPE", QualityReviewProcess.REGRESSION);
    completeHappy(instance, PREPARE_REVIEW_MEETING, HOLD_REVIEW_MEETING);
    recordMeeting(instance, List.of());
    completeHappy(instance, WRITE_REVIEW_REPORT, APPROVE_REVIEW_REPORT, SUMMARIZE_REVIEW, ARCHIVE_REVIEW_MATERIALS);

    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    assertThat(state(number)).isEqualTo("CONTROLLED");
    assertThat(jdbc.queryForList("""
        select s.state from quality_review_state s join quality_review r on r.id = s.review_id
        where r.number = ? order by s.id""", String.class, number)).containsExactly("PENDING_READING", "CHECKED_OUT",
        "PENDING_REVIEW", "CHECKED_OUT", "PENDING_REVIEW", "CONTROLLED");
    assertThat(jdbc.queryForList("""
        select d.verified_by from quality_review_defect d join quality_review r on r.id = d.review_id
        where r.number = ? order by d.defect_no""", String.class, number))
        .containsExactly(QualityReviewFixtures.LEADER, QualityReviewFixtures.LEADER);
    assertThat(notices.issuedFor(number)).extracting(n -> n.kind()).contains("quality-review-archived");

    ResponseEntity<Map> shown = rest.withBasicAuth("pinzhi", "demo").getForEntity("/api/quality/reviews/" + number, Map.class);
    assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(shown.getBody()).containsEntry("documentStateName", "受控").containsEntry("conclusion", "no-change")
        .containsEntry("reviewRound", 2);
    assertThat((List<?>) shown.getBody().get("defects")).hasSize(2);
    assertThat((List<?>) shown.getBody().get("steps")).hasSizeGreaterThan(20);
  }

  @Test
  void refusesDefectListWithoutSeverityAndWritesNothing() {
    String number = requestReview();
    String instance = processInstance(number);
    completeHappy(instance, CONFIRM_REVIEW_ITEMS, APPOINT_REVIEW_LEADER, STUDY_REVIEW_PROJECT, DRAFT_REVIEW_PLAN,
        APPROVE_REVIEW_PLAN, FORM_REVIEW_TEAM, PRE_REVIEW_DOCUMENTS, REVISE_DOCUMENTS, PREPARE_REVIEW_MEETING,
        HOLD_REVIEW_MEETING);
    Map<String, Object> bad = QualityReviewFixtures.defect(1, ReviewDefect.GENERAL, false);
    bad.remove(QualityReviewProcess.DefectField.SEVERITY);

    assertThatThrownBy(() -> recordMeeting(instance, List.of(bad))).hasRootCauseInstanceOf(BadInputException.class)
        .hasMessageContaining("defects[0].severity");
    assertThat(taskAt(instance, RECORD_REVIEW_MEETING)).isNotNull();
    assertThat(jdbc.queryForObject("""
        select count(*) from quality_review_defect d join quality_review r on r.id = d.review_id where r.number = ?""",
        Integer.class, number)).isZero();
  }

  @Test
  void refusesUnknownReviewLeader() {
    String instance = processInstance(requestReview());
    completeHappy(instance, CONFIRM_REVIEW_ITEMS);
    Map<String, Object> variables = QualityReviewFixtures.completion(APPOINT_REVIEW_LEADER);
    variables.put(Var.REVIEW_LEADER, "nobody-here");

    assertThatThrownBy(() -> taskService.complete(taskAt(instance, APPOINT_REVIEW_LEADER).getId(), variables))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.REVIEW_LEADER);
  }

  @Test
  void answersBadRequestWithTheFieldsAtFault() {
    Map<String, Object> body = new HashMap<>(QualityReviewFixtures.maintenancePlan().asVariables());
    body.put(Var.PROJECT_SCALE, "huge");
    body.remove(Var.PROJECT_NAME);

    ResponseEntity<String> answer = rest.withBasicAuth("pinzhi-jingli", "demo")
        .postForEntity("/api/quality/reviews", body, String.class);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(answer.getBody()).contains(Var.PROJECT_SCALE, Var.PROJECT_NAME);
  }

  @Test
  void refusesStaffOutsideQualityAndAnswersNotFoundForUnknownNumber() {
    assertThat(rest.withBasicAuth("kefu", "demo").postForEntity("/api/quality/reviews",
        QualityReviewFixtures.maintenancePlan().asVariables(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("pinzhi", "demo").getForEntity("/api/quality/reviews/PS-1999-9999", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private String requestReview() {
    ResponseEntity<Map> created = rest.withBasicAuth("pinzhi-jingli", "demo")
        .postForEntity("/api/quality/reviews", QualityReviewFixtures.maintenancePlan().asVariables(), Map.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return (String) created.getBody().get("number");
  }

  private String processInstance(String number) {
    return processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(number).singleResult().getId();
  }

  private void recordMeeting(String instance, List<Map<String, Object>> defects) {
    Map<String, Object> variables = QualityReviewFixtures.completion(RECORD_REVIEW_MEETING);
    variables.put(Var.DEFECTS, Spin.JSON(defects));
    complete(instance, RECORD_REVIEW_MEETING, variables);
  }

  private void verify(String instance, List<Map<String, Object>> defects) {
    Map<String, Object> variables = QualityReviewFixtures.completion(VERIFY_DEFECT_FIXES);
    variables.put(Var.DEFECTS, Spin.JSON(defects));
    complete(instance, VERIFY_DEFECT_FIXES, variables);
  }

  private void completeHappy(String instance, String... taskKeys) {
    for (String taskKey : taskKeys) {
      complete(instance, taskKey, QualityReviewFixtures.completion(taskKey));
    }
  }

  private void complete(String instance, String taskKey, Map<String, Object> variables) {
    Task task = taskAt(instance, taskKey);
    assertThat(task).as("task " + taskKey).isNotNull();
    taskService.complete(task.getId(), variables);
    managementService.createJobQuery().processInstanceId(instance).executable().list()
        .forEach(job -> managementService.executeJob(job.getId()));
  }

  private Task taskAt(String instance, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
  }

  private String state(String number) {
    return jdbc.queryForObject("select document_state from quality_review where number = ?", String.class, number);
  }

  private int openDefects(String number) {
    return jdbc.queryForObject("""
        select count(*) from quality_review_defect d join quality_review r on r.id = d.review_id
        where r.number = ? and d.verified = false""", Integer.class, number);
  }
}
