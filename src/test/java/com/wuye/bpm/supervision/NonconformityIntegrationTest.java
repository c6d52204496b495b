package com.wuye.bpm.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.supervision.NonconformityProcess.Element;
import com.wuye.bpm.supervision.NonconformityProcess.Var;
import com.wuye.bpm.support.ApiClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** nonconformity with its real delegates and task steps: the report's life, the reminder, statistics, refusals. */
class NonconformityIntegrationTest extends SupervisionIntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired NonconformityService reports;
  @Autowired NoticeService notices;
  @Autowired TestRestTemplate rest;


  @Test
  void goesBackOnceThenClosesAndCountsForTheDepartment() {
    int before = engineeringIssued();
    String number = cases.start(NonconformityProcess.KEY, "pinzhi", SupervisionFixtures.nonconformity());
    assertThat(number).startsWith("BHG-2026-");
    assertThat(notices.issuedFor(number)).extracting("recipient").containsExactly("engineering");

    cases.complete(number, Element.CORRECT_NONCONFORMITY, "gongcheng", SupervisionFixtures.correction());
    cases.complete(number, Element.VERIFY_CORRECTION, "pinzhi", SupervisionFixtures.verification(false));
    assertThat(reports.get(number).state()).isEqualTo("OPEN");
    cases.complete(number, Element.CORRECT_NONCONFORMITY, "gongcheng", SupervisionFixtures.correction());
    cases.complete(number, Element.VERIFY_CORRECTION, "pinzhi", SupervisionFixtures.verification(true));

    Nonconformity closed = reports.get(number);
    assertThat(closed.state()).isEqualTo("CLOSED");
    assertThat(closed.returnedCount()).isOne();
    assertThat(closed.issuedBy()).isEqualTo("pinzhi");
    assertThat(closed.correctionReport()).isEqualTo("已补记并培训值班员");
    assertThat(closed.overdue()).isFalse();
    assertThat(engineeringIssued()).isEqualTo(before + 1);
    var statistics = ApiClient.as(rest, "pinzhi-jingli")
        .get("/api/supervision/nonconformity-statistics?year=2026&month=11");
    assertThat(statistics.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(statistics.getBody().get("period")).isEqualTo("2026-11");
  }

  @Test
  void remindsTheDepartmentOnceWhenTheDeadlinePassesWithoutAnAnswer() {
    String number = cases.start(NonconformityProcess.KEY, "pinzhi", SupervisionFixtures.nonconformity());

    cases.moveClock(Duration.ofDays(4));
    cases.runDueJobs(number);
    cases.runDueJobs(number);

    assertThat(reports.get(number).overdue()).isTrue();
    assertThat(notices.issuedFor(number)).extracting("recipient")
        .containsExactlyInAnyOrder("engineering", "engineering", "quality-center");
    assertThat(cases.tasks(number, Element.CORRECT_NONCONFORMITY)).hasSize(1);
  }

  @Test
  void refusesAReportToAGroupThatIsNoDepartmentAndWritesNothing() {
    long before = jdbc.sql("select count(*) from nonconformity").query(Long.class).single();
    Map<String, Object> report = new HashMap<>(SupervisionFixtures.nonconformity());
    report.put(Var.RESPONSIBLE_GROUP, "general-manager");

    SupervisionCases.assertRefused(() -> cases.start(NonconformityProcess.KEY, "pinzhi", report),
        Var.RESPONSIBLE_GROUP);
    report.put(Var.RESPONSIBLE_GROUP, "engineering");
    report.put(Var.CORRECTION_DEADLINE, "2026-11-01");
    SupervisionCases.assertRefused(() -> cases.start(NonconformityProcess.KEY, "pinzhi", report),
        Var.CORRECTION_DEADLINE);

    assertThat(jdbc.sql("select count(*) from nonconformity").query(Long.class).single()).isEqualTo(before);
  }

  @Test
  void showsStatisticsToManagersOnly() {
    assertThat(ApiClient.as(rest, "kefu").get("/api/supervision/nonconformity-statistics?year=2026")
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ApiClient.as(rest, "jingli").get("/api/supervision/nonconformity-statistics?year=2026&month=13")
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void issuesAReportThroughTheApiForTheStarterGroupsOnly() {
    long before = jdbc.sql("select count(*) from nonconformity").query(Long.class).single();
    String body = """
        {"responsibleGroup": "housekeeping", "nonconformitySource": "self-check",
         "nonconformityDescription": "3 栋垃圾桶未按时清运", "correctionDeadline": "2026-11-20"}""";

    assertThat(ApiClient.as(rest, "jingli").postJson("/api/supervision/nonconformities", body).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    var refused = ApiClient.as(rest, "guanjia").postJson("/api/supervision/nonconformities",
        body.replace("housekeeping", "managers"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(jdbc.sql("select count(*) from nonconformity").query(Long.class).single()).isEqualTo(before);

    var issued = ApiClient.as(rest, "guanjia").postJson("/api/supervision/nonconformities", body);
    assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(issued.getBody().get("number")).asString().startsWith("BHG-2026-");
    assertThat(issued.getBody().get("issuedBy")).isEqualTo("guanjia");
    assertThat(cases.tasks((String) issued.getBody().get("number"), Element.CORRECT_NONCONFORMITY)).hasSize(1);
  }

  private int engineeringIssued() {
    return reports.statistics(2026, 11).departments().stream().filter(d -> d.group().equals("engineering"))
        .mapToInt(NonconformityStatistics.Department::issued).sum();
  }
}
