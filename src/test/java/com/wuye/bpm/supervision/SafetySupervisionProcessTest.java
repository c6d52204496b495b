package com.wuye.bpm.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.supervision.SafetySupervisionProcess.Element;
import com.wuye.bpm.supervision.SafetySupervisionProcess.Var;
import com.wuye.bpm.support.ProcessTestEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * bpmn/safety-supervision.bpmn and its three cycles: a supervision checks, rectifies, reports and files; the cycles
 * start one every day, every month and every quarter (moving the clock). Delegates are stand-ins.
 */
@Deployment(resources = {"bpmn/safety-supervision.bpmn", "bpmn/rectification-follow-up.bpmn",
    "bpmn/daily-safety-supervision-cycle.bpmn", "bpmn/monthly-safety-supervision-cycle.bpmn",
    "bpmn/quarterly-safety-supervision-cycle.bpmn"})
class SafetySupervisionProcessTest {

  @RegisterExtension
  // the share covered when the thresholds began to be enforced; rectification-follow-up is deployed for the call and has its own test
  static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(0.62);

  private final List<String> opened = new ArrayList<>();

  @BeforeEach
  void standIns() {
    engine.mock("supervisionSchedule", SupervisionFixtures.schedule());
    engine.mock("openSafetySupervisionDelegate", (JavaDelegate) execution -> {
      String level = (String) execution.getVariable(Var.SUPERVISION_LEVEL);
      opened.add(level);
      execution.setProcessBusinessKey("SBC-2026-0000" + opened.size());
      execution.setVariable(Var.SUPERVISION_NUMBER, "SBC-2026-0000" + opened.size());
      execution.setVariable(Var.SUPERVISION_TEAM, SupervisionLevel.of(level).team().id());
    });
    for (String bean : List.of("assignAreaResponsibilityDelegate", "fileSupervisionReportDelegate",
        "reviewRectificationDelegate")) {
      engine.mock(bean, (JavaDelegate) execution -> { });
    }
    engine.mock("issueRectificationNoticesDelegate",
        (JavaDelegate) execution -> execution.setVariable(RectificationFollowUpProcess.Var.NOTICES_ISSUED, false));
  }

  @Test
  void checksTheTenAreasRectifiesReportsAndFiles() {
    ProcessInstance instance = engine.start(SafetySupervisionProcess.KEY, Map.of(Var.SUPERVISION_LEVEL, "monthly"));
    assertThat(engine.processEngine().getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskCandidateGroup("branch-manager").count()).isOne();

    engine.complete(instance, Element.CHECK_TEN_AREAS, SupervisionFixtures.tenAreas(List.of("fire")));
    engine.complete(instance, Element.WRITE_SUPERVISION_REPORT, SupervisionFixtures.supervisionReport());

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(Element.ASSIGN_AREA_RESPONSIBILITY,
        Element.RECTIFY_SAFETY_FINDINGS, Element.FILE_SUPERVISION_REPORT, Element.SUPERVISION_FILED);
  }

  @Test
  void startsOneEveryDayOneEveryMonthAndOneEveryQuarter() {
    // from 2026-11-18 12:26: the next day at 08:00
    engine.moveClock(Duration.ofDays(1));
    engine.runAllDueJobs();
    assertThat(opened).containsExactly("daily");

    // 2026-12-01 09:00: the month's, and the day's
    engine.moveClock(Duration.ofDays(12));
    engine.runAllDueJobs();
    assertThat(opened).contains("monthly").doesNotContain("quarterly");

    // 2027-01-01 09:00: the quarter's too
    engine.moveClock(Duration.ofDays(31));
    engine.runAllDueJobs();
    assertThat(opened).contains("quarterly");
  }
}
