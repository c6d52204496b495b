package com.wuye.bpm.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.supervision.QualityInspectionProcess.Element;
import com.wuye.bpm.supervision.QualityInspectionProcess.Var;
import com.wuye.bpm.support.ProcessTestEngine;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** bpmn/quality-inspection.bpmn: every path, the quarterly start by moving the clock; delegates are stand-ins. */
@Deployment(resources = {"bpmn/quality-inspection.bpmn", "bpmn/rectification-follow-up.bpmn",
    "bpmn/quality-inspection-cycle.bpmn"})
class QualityInspectionProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(0.75);

  @BeforeEach
  void standIns() {
    engine.mock("supervisionSchedule", SupervisionFixtures.schedule());
    engine.mock("openQualityInspectionDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey("ZLJC-2026-00001");
      execution.setVariable(Var.INSPECTION_NUMBER, "ZLJC-2026-00001");
    });
    engine.mock("sampleHouseholdsDelegate", (JavaDelegate) execution -> { });
    engine.mock("closeQualityInspectionDelegate", (JavaDelegate) execution -> { });
    engine.mock("issueRectificationNoticesDelegate",
        (JavaDelegate) execution -> execution.setVariable(RectificationFollowUpProcess.Var.NOTICES_ISSUED, false));
    engine.mock("reviewRectificationDelegate", (JavaDelegate) execution -> { });
  }

  @Test
  void closesWithoutCorrectiveActionWhenTheReportFindsNoMajorProblem() {
    ProcessInstance instance = engine.start(QualityInspectionProcess.KEY, SupervisionFixtures.inspectionRequest());

    walkToApproval(instance, QualityInspectionProcess.NO);
    engine.complete(instance, Element.APPROVE_INSPECTION_REPORT, SupervisionFixtures.reportDecision(true));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(Element.RECTIFY_FINDINGS)
        .hasNotPassed(Element.ORGANISE_CORRECTIVE_ACTION).hasPassed(Element.QUALITY_INSPECTION_CLOSED);
  }

  @Test
  void organisesCorrectiveActionWhenTheReportFindsAMajorProblem() {
    ProcessInstance instance = engine.start(QualityInspectionProcess.KEY, SupervisionFixtures.inspectionRequest());

    walkToApproval(instance, QualityInspectionProcess.YES);
    engine.complete(instance, Element.APPROVE_INSPECTION_REPORT, SupervisionFixtures.reportDecision(true));
    engine.complete(instance, Element.ORGANISE_CORRECTIVE_ACTION, SupervisionFixtures.correctiveAction());

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(Element.ORGANISE_CORRECTIVE_ACTION)
        .hasPassed(Element.QUALITY_INSPECTION_CLOSED);
  }

  @Test
  void rewritesTheReportWhenTheDeputyGeneralManagerRejectsIt() {
    ProcessInstance instance = engine.start(QualityInspectionProcess.KEY, SupervisionFixtures.inspectionRequest());

    walkToApproval(instance, QualityInspectionProcess.NO);
    engine.complete(instance, Element.APPROVE_INSPECTION_REPORT, SupervisionFixtures.reportDecision(false));

    BpmnAwareTests.assertThat(instance).isWaitingAt(Element.WRITE_INSPECTION_REPORT);
    engine.complete(instance, Element.WRITE_INSPECTION_REPORT, SupervisionFixtures.report(QualityInspectionProcess.NO));
    engine.complete(instance, Element.APPROVE_INSPECTION_REPORT, SupervisionFixtures.reportDecision(true));
    BpmnAwareTests.assertThat(instance).isEnded();
  }

  @Test
  void startsAnInspectionEveryQuarter() {
    var runtime = engine.processEngine().getRuntimeService();
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(QualityInspectionProcess.KEY).count())
        .isZero();

    // the clock stands at 2026-11-18; the next quarter begins on 2027-01-01 at 09:00
    engine.moveClock(Duration.ofDays(44));
    engine.runAllDueJobs();

    ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(QualityInspectionProcess.KEY)
        .singleResult();
    BpmnAwareTests.assertThat(instance).isWaitingAt(Element.AUTHORISE_INSPECTION_TEAM);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(QualityInspectionProcess.CYCLE_KEY).count())
        .isOne();
    assertThat(engine.processEngine().getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskCandidateGroup("general-manager").count()).isOne();
  }

  private void walkToApproval(ProcessInstance instance, String majorProblems) {
    engine.complete(instance, Element.AUTHORISE_INSPECTION_TEAM, SupervisionFixtures.team());
    engine.complete(instance, Element.WRITE_INSPECTION_PLAN, SupervisionFixtures.plan());
    engine.complete(instance, Element.INSPECT_ON_SITE, SupervisionFixtures.siteCheck());
    engine.complete(instance, Element.VISIT_HOUSEHOLDS, SupervisionFixtures.visits());
    engine.complete(instance, Element.WRITE_INSPECTION_REPORT, SupervisionFixtures.report(majorProblems));
  }
}
