package com.wuye.bpm.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.supervision.PerformanceAssessmentProcess.Element;
import com.wuye.bpm.supervision.PerformanceAssessmentProcess.Var;
import com.wuye.bpm.support.ApiClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * performance-assessment with its real delegates, the deployed pay decision and the rectification follow-up on the
 * demo branch 杭州分公司 with its project 金利达花园.
 */
class PerformanceAssessmentIntegrationTest extends SupervisionIntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired PerformanceAssessmentService assessments;
  @Autowired RectificationNotices notices;
  @Autowired NoticeService noticeService;
  @Autowired TestRestTemplate rest;


  @Test
  void averagesTheInspectorsPaysByTheBandAndCarriesUnfinishedRectificationToTheNextRound() {
    String number = cases.start(PerformanceAssessmentProcess.KEY, "pinzhi", Map.of(Var.ASSESSMENT_LEVEL, "company"));
    assertThat(number).startsWith("JXKH-2026-");
    cases.complete(number, Element.SCHEDULE_ASSESSMENT, "pinzhi", SupervisionFixtures.schedule("2026-11-20"));
    Map<String, Object> scores = new HashMap<>(SupervisionFixtures.scores("张三 95.00\n李四 94.99"));
    scores.put(Var.ASSESSMENT_PROBLEMS, "大堂地面有污渍");
    scores.put(Var.PROJECT_CODE, "OTHER");
    cases.complete(number, Element.SCORE_PROJECT, "pinzhi", scores);

    // (95.00 + 94.99) / 2 = 94.995, two decimals half up: 95.00, on the edge of the top band
    PerformanceAssessment.ProjectScore project = assessments.projects(number).get(0);
    assertThat(project.estateCode()).isEqualTo("JLD");
    assertThat(project.score()).isEqualByComparingTo("95.00");
    assertThat(project.payAdjustmentPercent()).isEqualTo(10);
    assertThat(assessments.branches(number)).singleElement().satisfies(b -> {
      assertThat(b.branchCode()).isEqualTo("HZ");
      assertThat(b.score()).isEqualByComparingTo("95.00");
      assertThat(b.payAdjustmentPercent()).isEqualTo(10);
    });
    assertThat(jdbc.sql("select count(*) from assessment_inspector_score where estate_code = 'JLD' and assessment_id = "
        + "(select id from performance_assessment where number = :n)").param("n", number).query(Long.class).single())
        .isEqualTo(2);
    assertThat(noticeService.issuedFor(number)).extracting("recipient")
        .contains("customer-service", "quality-center", "admin-hr");
    assertThat(notices.of(number)).singleElement().satisfies(n -> {
      assertThat(n.subject()).isEqualTo("JLD");
      assertThat(n.deadline()).isEqualTo("2026-11-25");
    });

    // a week later the re-check finds it not done: second notice; a week after that it is done
    cases.moveClock(Duration.ofDays(8));
    cases.runDueJobs(number);
    cases.complete(number, RectificationFollowUpProcess.Element.FOLLOW_UP_RECTIFICATION, "pinzhi",
        SupervisionFixtures.followUp(false));
    cases.moveClock(Duration.ofDays(8));
    cases.runDueJobs(number);
    cases.complete(number, RectificationFollowUpProcess.Element.FOLLOW_UP_RECTIFICATION, "pinzhi",
        SupervisionFixtures.followUp(true));

    assertThat(assessments.get(number).state()).isEqualTo("CLOSED");
    assertThat(assessments.projects(number).get(0).rectificationUnfinished()).isTrue();
    String next = cases.start(PerformanceAssessmentProcess.KEY, "fengongsi", Map.of(Var.ASSESSMENT_LEVEL, "branch"));
    cases.complete(next, Element.SCHEDULE_ASSESSMENT, "fengongsi", SupervisionFixtures.schedule("2026-12-10"));
    assertThat(processEngine.getTaskService().getVariable(cases.task(next, Element.SCORE_PROJECT).getId(),
        Var.PREVIOUS_RECTIFICATION)).asString().contains(number, "扣分");

    var answer = ApiClient.as(rest, "renshi").get("/api/supervision/assessment-scores?period=2026-11");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<?>) answer.getBody().get("projects")).isNotEmpty();
    assertThat(ApiClient.as(rest, "kefu").get("/api/supervision/assessment-scores?period=2026-11").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void refusesScoresThatLeaveAnInspectorOutAndWritesNothing() {
    String number = cases.start(PerformanceAssessmentProcess.KEY, "fengongsi", Map.of(Var.ASSESSMENT_LEVEL, "branch"));
    cases.complete(number, Element.SCHEDULE_ASSESSMENT, "fengongsi", SupervisionFixtures.schedule("2026-11-20"));

    SupervisionCases.assertRefused(() -> cases.complete(number, Element.SCORE_PROJECT, "fengongsi",
        SupervisionFixtures.scores("张三 90.00")), Var.INSPECTOR_SCORES);
    SupervisionCases.assertRefused(() -> cases.complete(number, Element.SCORE_PROJECT, "fengongsi",
        SupervisionFixtures.scores("张三 90.001\n李四 90")), Var.INSPECTOR_SCORES);

    assertThat(assessments.projects(number).get(0).score()).isNull();
    assertThat(assessments.inspectorScores(assessments.get(number))).isEmpty();
  }

  @Test
  void aBranchManagerCannotStartTheCompanysRound() {
    long before = jdbc.sql("select count(*) from performance_assessment").query(Long.class).single();

    SupervisionCases.assertRefused(() -> cases.start(PerformanceAssessmentProcess.KEY, "fengongsi",
        Map.of(Var.ASSESSMENT_LEVEL, "company")), Var.ASSESSMENT_LEVEL);

    assertThat(jdbc.sql("select count(*) from performance_assessment").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void remindsTheTeamQualityAndHrOnceWhenTheSummaryIsLate() {
    String number = cases.start(PerformanceAssessmentProcess.KEY, "fengongsi", Map.of(Var.ASSESSMENT_LEVEL, "branch"));
    cases.complete(number, Element.SCHEDULE_ASSESSMENT, "fengongsi", SupervisionFixtures.schedule("2026-11-20"));

    cases.moveClock(Duration.ofDays(17));
    cases.runDueJobs(number);
    cases.runDueJobs(number);

    assertThat(noticeService.issuedFor(number)).extracting("recipient")
        .containsExactlyInAnyOrder("branch-manager", "quality-center", "admin-hr");
    assertThat(cases.tasks(number, Element.SCORE_PROJECT)).hasSize(1);
  }

  @Test
  void aScoreJustBelowAnEdgeFallsIntoTheLowerBand() {
    assertThat(new BigDecimal("94.99")).isLessThan(new BigDecimal("95"));
    String number = cases.start(PerformanceAssessmentProcess.KEY, "fengongsi", Map.of(Var.ASSESSMENT_LEVEL, "branch"));
    cases.complete(number, Element.SCHEDULE_ASSESSMENT, "fengongsi", SupervisionFixtures.schedule("2026-11-20"));
    cases.complete(number, Element.SCORE_PROJECT, "fengongsi", SupervisionFixtures.scores("张三 80.00\n李四 79.97"));

    // (80.00 + 79.97) / 2 = 79.985 → 79.99: below 80, so −5 %
    assertThat(assessments.projects(number).get(0).score()).isEqualByComparingTo("79.99");
    assertThat(assessments.projects(number).get(0).payAdjustmentPercent()).isEqualTo(-5);
  }
}
