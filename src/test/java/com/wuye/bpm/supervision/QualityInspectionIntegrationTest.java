package com.wuye.bpm.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.casefile.CaseFile;
import com.wuye.bpm.casefile.CaseStep;
import com.wuye.bpm.estate.UnitDirectory;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.supervision.QualityInspectionProcess.Element;
import com.wuye.bpm.supervision.QualityInspectionProcess.Var;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * quality-inspection with its real delegates, task steps and rectification follow-up on the application's database:
 * what each step writes, and what a bad or hostile completion gets.
 */
class QualityInspectionIntegrationTest extends SupervisionIntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired QualityInspectionService inspections;
  @Autowired RectificationNotices notices;
  @Autowired NoticeService noticeService;
  @Autowired CaseFile caseFile;
  @Autowired UnitDirectory estates;


  @Test
  void drawsHouseholdsIssuesANoticePerProblemAndClosesWhenEveryNoticeIsRectified() {
    String number = walkToApproval();
    cases.complete(number, Element.APPROVE_INSPECTION_REPORT, "fuzong", SupervisionFixtures.reportDecision(true));

    QualityInspection inspection = inspections.get(number);
    assertThat(inspection.state()).isEqualTo("APPROVED");
    assertThat(inspection.reportApprovedBy()).isEqualTo("fuzong");
    assertThat(inspection.estateCode()).isEqualTo("JLD");
    assertThat(inspection.sampleSize()).isEqualTo(6);
    List<QualityInspection.VisitedHousehold> households = inspections.households(inspection);
    assertThat(households).hasSize(6).extracting(QualityInspection.VisitedHousehold::unitCode)
        .doesNotHaveDuplicates()
        .isSubsetOf(estates.householdsOf("JLD").stream().map(household -> household.unitCode()).toList());
    List<RectificationNotice> issued = notices.of(number);
    assertThat(issued).extracting(RectificationNotice::responsibleGroup)
        .containsExactlyInAnyOrder("housekeeping", "security");
    assertThat(issued).allSatisfy(n -> {
      assertThat(n.state()).isEqualTo("OPEN");
      assertThat(n.number()).startsWith("ZGTZ-2026-");
      assertThat(noticeService.issuedFor(n.number())).hasSize(1);
    });

    // the morning after the deadline (2026-11-25) the team follows up: one rectified, one not
    cases.moveClock(Duration.ofDays(8));
    cases.runDueJobs(number);
    var followUps = cases.tasks(number, RectificationFollowUpProcess.Element.FOLLOW_UP_RECTIFICATION);
    assertThat(followUps).hasSize(2);
    cases.complete(followUps.get(0), "pinzhi", SupervisionFixtures.followUp(true));
    cases.complete(followUps.get(1), "pinzhi", SupervisionFixtures.followUp(false));
    RectificationNotice late = notices.of(number).stream().filter(n -> n.state().equals("OPEN")).findFirst()
        .orElseThrow();
    assertThat(late.round()).isEqualTo(2);
    assertThat(noticeService.issuedFor(late.number())).hasSize(3);

    cases.moveClock(Duration.ofDays(8));
    cases.runDueJobs(number);
    cases.complete(number, RectificationFollowUpProcess.Element.FOLLOW_UP_RECTIFICATION, "pinzhi",
        SupervisionFixtures.followUp(true));

    assertThat(inspections.get(number).state()).isEqualTo("CLOSED");
    assertThat(notices.of(number)).allSatisfy(n -> assertThat(n.state()).isEqualTo("RECTIFIED"));
    assertThat(caseFile.steps(number)).extracting(CaseStep::step).containsSubsequence(
        Element.AUTHORISE_INSPECTION_TEAM, Element.WRITE_INSPECTION_PLAN, Element.INSPECT_ON_SITE,
        Element.VISIT_HOUSEHOLDS, Element.WRITE_INSPECTION_REPORT, Element.APPROVE_INSPECTION_REPORT,
        RectificationFollowUpProcess.Element.FOLLOW_UP_RECTIFICATION);
  }

  @Test
  void refusesAPlanThatSamplesTooManyHouseholdsAndWritesNothing() {
    String number = start();
    cases.complete(number, Element.AUTHORISE_INSPECTION_TEAM, "zongjingli", SupervisionFixtures.team());
    long steps = stepCount(number);
    Map<String, Object> plan = new HashMap<>(SupervisionFixtures.plan());
    plan.put(Var.SAMPLE_SIZE, 11);

    SupervisionCases.assertRefused(() -> cases.complete(number, Element.WRITE_INSPECTION_PLAN, "zongban", plan),
        Var.SAMPLE_SIZE);

    assertThat(stepCount(number)).isEqualTo(steps);
    assertThat(inspections.get(number).state()).isEqualTo("TEAM_FORMED");
    assertThat(inspections.get(number).plannedDate()).isNull();
  }

  @Test
  void refusesAReportWithProblemsButNoDeadline() {
    String number = walkToReport();
    Map<String, Object> report = new HashMap<>(SupervisionFixtures.report(QualityInspectionProcess.NO));
    report.remove(Var.RECTIFICATION_DEADLINE);

    SupervisionCases.assertRefused(() -> cases.complete(number, Element.WRITE_INSPECTION_REPORT, "pinzhi", report),
        Var.RECTIFICATION_DEADLINE);
    assertThat(inspections.get(number).state()).isEqualTo("VISITED");
    assertThat(count("select count(*) from rectification_notice where source_key = :key", number)).isZero();
  }

  @Test
  void refusesACompletionThatNamesAnotherInspection() {
    String number = start();
    Map<String, Object> team = new HashMap<>(SupervisionFixtures.team());
    team.put(Var.INSPECTION_NUMBER, "ZLJC-2026-99999");

    SupervisionCases.assertRefused(() -> cases.complete(number, Element.AUTHORISE_INSPECTION_TEAM, "zongjingli", team),
        Var.INSPECTION_NUMBER);
    assertThat(inspections.get(number).state()).isEqualTo("OPENED");
  }

  @Test
  void refusesAnEstateThatDoesNotExist() {
    String number = start();
    Map<String, Object> team = new HashMap<>(SupervisionFixtures.team());
    team.put(Var.ESTATE_CODE, "NOPE");

    SupervisionCases.assertRefused(() -> cases.complete(number, Element.AUTHORISE_INSPECTION_TEAM, "zongjingli", team),
        Var.ESTATE_CODE);
    assertThat(inspections.get(number).estateCode()).isNull();
  }

  private String start() {
    var identity = processEngine.getIdentityService();
    identity.setAuthentication("zongjingli", List.of("general-manager"));
    try {
      ProcessInstance instance = processEngine.getRuntimeService()
          .startProcessInstanceByKey(QualityInspectionProcess.KEY, SupervisionFixtures.inspectionRequest());
      QualityInspection inspection = inspections.get(instance.getBusinessKey());
      assertThat(inspection.requestedBy()).isEqualTo("zongjingli");
      assertThat(inspection.number()).startsWith("ZLJC-2026-");
      return inspection.number();
    } finally {
      identity.clearAuthentication();
    }
  }

  private String walkToReport() {
    String number = start();
    cases.complete(number, Element.AUTHORISE_INSPECTION_TEAM, "zongjingli", SupervisionFixtures.team());
    cases.complete(number, Element.WRITE_INSPECTION_PLAN, "zongban", SupervisionFixtures.plan());
    cases.complete(number, Element.INSPECT_ON_SITE, "pinzhi", SupervisionFixtures.siteCheck());
    cases.complete(number, Element.VISIT_HOUSEHOLDS, "pinzhi", SupervisionFixtures.visits());
    return number;
  }

  private String walkToApproval() {
    String number = walkToReport();
    cases.complete(number, Element.WRITE_INSPECTION_REPORT, "pinzhi",
        SupervisionFixtures.report(QualityInspectionProcess.NO));
    return number;
  }

  private long stepCount(String number) {
    return count("select count(*) from case_step where business_key = :key", number);
  }

  private long count(String sql, String key) {
    return jdbc.sql(sql).param("key", key).query(Long.class).single();
  }
}
