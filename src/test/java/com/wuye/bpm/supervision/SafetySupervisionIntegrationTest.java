package com.wuye.bpm.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.supervision.SafetySupervisionProcess.Element;
import com.wuye.bpm.supervision.SafetySupervisionProcess.Var;
import com.wuye.bpm.support.ApiClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** safety-supervision with its real delegates and the deployed area decision: checklist to filed report and brief. */
class SafetySupervisionIntegrationTest extends SupervisionIntegrationTest {

  @Autowired SafetySupervisionService supervisions;
  @Autowired RectificationNotices notices;
  @Autowired TestRestTemplate rest;


  @Test
  void rectifiesEachFailedAreaWithItsGroupThenFilesTheReportIntoTheMonthlyBrief() {
    int before = supervisions.brief(YearMonth.of(2026, 11)).supervisions();
    String number = cases.start(SafetySupervisionProcess.KEY, "fengongsi", Map.of(Var.SUPERVISION_LEVEL, "monthly"));
    assertThat(number).startsWith("SBC-2026-");

    cases.complete(number, Element.CHECK_TEN_AREAS, "fengongsi",
        SupervisionFixtures.tenAreas(List.of("fire", "roofs")));

    assertThat(notices.of(number)).extracting(RectificationNotice::subject, RectificationNotice::responsibleGroup,
        RectificationNotice::deadline).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("fire", "security", LocalDate.of(2026, 11, 19)),
            org.assertj.core.groups.Tuple.tuple("roofs", "engineering", LocalDate.of(2026, 11, 21)));
    cases.moveClock(Duration.ofDays(4));
    cases.runDueJobs(number);
    cases.tasks(number, RectificationFollowUpProcess.Element.FOLLOW_UP_RECTIFICATION)
        .forEach(task -> cases.complete(task, "fengongsi", SupervisionFixtures.followUp(true)));
    cases.complete(number, Element.WRITE_SUPERVISION_REPORT, "fengongsi", SupervisionFixtures.supervisionReport());

    SafetySupervision filed = supervisions.get(number);
    assertThat(filed.state()).isEqualTo("FILED");
    assertThat(filed.estateCode()).isEqualTo("JLD");
    assertThat(filed.failedAreaList()).containsExactly("fire", "roofs");
    var brief = supervisions.brief(YearMonth.of(2026, 11));
    assertThat(brief.supervisions()).isEqualTo(before + 1);
    assertThat(brief.problemsByArea()).containsKeys("消防安全管理", "顶楼天面");
    var answer = ApiClient.as(rest, "pinzhi-jingli").get("/api/supervision/safety-briefs/2026-11");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ApiClient.as(rest, "pinzhi-jingli").get("/api/supervision/safety-briefs/november").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void refusesAChecklistThatLeavesAnAreaUnchecked() {
    String number = cases.start(SafetySupervisionProcess.KEY, "kefu-zhuguan", Map.of(Var.SUPERVISION_LEVEL, "daily"));
    Map<String, Object> checklist = new HashMap<>(SupervisionFixtures.tenAreas(List.of()));
    checklist.put(Var.CHECKED_AREAS, SafetySupervision.AREAS.subList(0, 9));

    SupervisionCases.assertRefused(() -> cases.complete(number, Element.CHECK_TEN_AREAS, "kefu-zhuguan", checklist),
        Var.CHECKED_AREAS);
    assertThat(supervisions.get(number).state()).isEqualTo("OPENED");
  }
}
