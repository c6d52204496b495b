package com.wuye.bpm.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.supervision.NonconformityProcess.Element;
import com.wuye.bpm.supervision.NonconformityProcess.Var;
import com.wuye.bpm.support.ApiClient;
import com.wuye.bpm.support.ProcessTestEngine;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** nonconformity with its real delegates and task steps: the report's life, the reminder, statistics, refusals. */
class NonconformityIntegrationTest extends SpringIntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired NonconformityService reports;
  @Autowired NoticeService notices;
  @Autowired TestRestTemplate rest;

  private SupervisionCases cases;

  @BeforeEach
  void clock() {
    ClockUtil.setCurrentTime(ProcessTestEngine.START);
    cases = new SupervisionCases(processEngine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

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
    var statistics = ApiClient.as(rest, "pinzhi-jingli").get("/api/supervision/nonconformity-statistics?year=2026&month=11");
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

  private int engineeringIssued() {
    return reports.statistics(2026, 11).departments().stream().filter(d -> d.group().equals("engineering"))
        .mapToInt(NonconformityStatistics.Department::issued).sum();
  }
}
