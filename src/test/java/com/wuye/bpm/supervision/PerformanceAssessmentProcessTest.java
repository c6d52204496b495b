package com.wuye.bpm.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.supervision.PerformanceAssessmentProcess.Element;
import com.wuye.bpm.supervision.PerformanceAssessmentProcess.Var;
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
 * bpmn/performance-assessment.bpmn and its two cycles: a round scores every project; the cycles start a branch round
 * every month and a company round every half year (moving the clock). Delegates are stand-ins.
 */
@Deployment(resources = {"bpmn/performance-assessment.bpmn", "bpmn/rectification-follow-up.bpmn",
    "bpmn/company-assessment-cycle.bpmn", "bpmn/branch-assessment-cycle.bpmn"})
class PerformanceAssessmentProcessTest {

  @RegisterExtension
  // the share covered when the thresholds began to be enforced; rectification-follow-up is deployed for the call and has its own test
  static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(0.67);

  /** the levels the stand-in of open-assessment was asked for, in order */
  private final List<String> opened = new ArrayList<>();

  @BeforeEach
  void standIns() {
    engine.mock("supervisionSchedule", SupervisionFixtures.schedule());
    engine.mock("openAssessmentDelegate", (JavaDelegate) execution -> {
      String level = (String) execution.getVariable(Var.ASSESSMENT_LEVEL);
      opened.add(level);
      execution.setProcessBusinessKey("JXKH-2026-0000" + opened.size());
      execution.setVariable(Var.ASSESSMENT_NUMBER, "JXKH-2026-0000" + opened.size());
      execution.setVariable(Var.ASSESSMENT_TEAM, SupervisionLevel.of(level).team().id());
      execution.setVariable(Var.PROJECT_CODES, List.of("JLD", "XHY"));
      execution.setVariable(Var.SUMMARY_DUE_AT, java.util.Date.from(java.time.Instant.parse("2026-12-04T16:00:00Z")));
    });
    for (String bean : List.of("computeAssessmentResultsDelegate", "reportAssessmentResultsDelegate",
        "closeAssessmentDelegate", "reviewRectificationDelegate", "remindAssessmentSummaryDelegate")) {
      engine.mock(bean, (JavaDelegate) execution -> { });
    }
    engine.mock("issueRectificationNoticesDelegate",
        (JavaDelegate) execution -> execution.setVariable(RectificationFollowUpProcess.Var.NOTICES_ISSUED, false));
  }

  @Test
  void scoresEveryProjectThenReportsAndClosesTheRound() {
    ProcessInstance instance = engine.start(PerformanceAssessmentProcess.KEY, Map.of(Var.ASSESSMENT_LEVEL, "branch"));
    engine.complete(instance, Element.SCHEDULE_ASSESSMENT, SupervisionFixtures.schedule("2026-11-20"));

    var tasks = engine.processEngine().getTaskService();
    var scoring = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Element.SCORE_PROJECT)
        .taskCandidateGroup("branch-manager").list();
    assertThat(scoring).hasSize(2);
    scoring.forEach(task -> tasks.complete(task.getId(), SupervisionFixtures.scores("张三 92.50\n李四 90")));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(Element.COMPUTE_ASSESSMENT_RESULTS,
        Element.REPORT_ASSESSMENT_RESULTS, Element.RECTIFY_ASSESSMENT_FINDINGS, Element.ASSESSMENT_CLOSED);
  }

  @Test
  void remindsWhenTheScoresAreNotInByTheFifthOfTheNextMonth() {
    ProcessInstance instance = engine.start(PerformanceAssessmentProcess.KEY, Map.of(Var.ASSESSMENT_LEVEL, "branch"));
    engine.complete(instance, Element.SCHEDULE_ASSESSMENT, SupervisionFixtures.schedule("2026-11-20"));

    // from 2026-11-18 to past 2026-12-05 00:00 in the company's zone
    engine.moveClock(Duration.ofDays(17));
    engine.runDueJobs(instance);

    BpmnAwareTests.assertThat(instance).hasPassed(Element.REMIND_ASSESSMENT_SUMMARY, Element.SUMMARY_REMINDED)
        .isWaitingAt(Element.SCORE_PROJECT);
  }

  @Test
  void startsABranchRoundEveryMonthAndACompanyRoundEveryHalfYear() {
    // the clock stands at 2026-11-18: the branches' round comes on 1 December, both on 1 January
    engine.moveClock(Duration.ofDays(13));
    engine.runAllDueJobs();
    assertThat(opened).containsExactly("branch");

    engine.moveClock(Duration.ofDays(31));
    engine.runAllDueJobs();
    assertThat(opened).containsExactlyInAnyOrder("branch", "branch", "company");
    assertThat(engine.processEngine().getTaskService().createTaskQuery()
        .taskDefinitionKey(Element.SCHEDULE_ASSESSMENT).taskCandidateGroup("quality-center").count()).isOne();
  }
}
