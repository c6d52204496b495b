package com.wuye.bpm.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.supervision.NonconformityProcess.Element;
import com.wuye.bpm.supervision.NonconformityProcess.Var;
import com.wuye.bpm.support.ProcessTestEngine;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** bpmn/nonconformity.bpmn: every path, the deadline by moving the clock; delegates are stand-ins. */
@Deployment(resources = "bpmn/nonconformity.bpmn")
class NonconformityProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(1.0);

  @BeforeEach
  void standIns() {
    engine.mock("registerNonconformityDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey("BHG-2026-00001");
      execution.setVariable(Var.NONCONFORMITY_NUMBER, "BHG-2026-00001");
      execution.setVariable(Var.RESPONSIBLE_GROUP, "engineering");
      execution.setVariable(Var.CORRECTION_DUE_AT, new Date(ProcessTestEngine.START.getTime()
          + Duration.ofDays(3).toMillis()));
    });
    engine.mock("remindOverdueCorrectionDelegate", (JavaDelegate) execution -> { });
    engine.mock("closeNonconformityDelegate", (JavaDelegate) execution -> { });
  }

  @Test
  void closesWhenTheQualityDepartmentVerifiesTheCorrection() {
    ProcessInstance instance = engine.start(NonconformityProcess.KEY, SupervisionFixtures.nonconformity());
    assertThat(engine.processEngine().getTaskService().createTaskQuery().taskCandidateGroup("engineering")
        .processInstanceId(instance.getId()).count()).isOne();

    engine.complete(instance, Element.CORRECT_NONCONFORMITY, SupervisionFixtures.correction());
    engine.complete(instance, Element.VERIFY_CORRECTION, SupervisionFixtures.verification(true));

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(Element.NONCONFORMITY_CLOSED)
        .hasNotPassed(Element.REMIND_OVERDUE_CORRECTION);
  }

  @Test
  void goesBackToTheDepartmentWhenTheCorrectionIsNotVerified() {
    ProcessInstance instance = engine.start(NonconformityProcess.KEY, SupervisionFixtures.nonconformity());
    engine.complete(instance, Element.CORRECT_NONCONFORMITY, SupervisionFixtures.correction());

    engine.complete(instance, Element.VERIFY_CORRECTION, SupervisionFixtures.verification(false));

    BpmnAwareTests.assertThat(instance).isWaitingAt(Element.CORRECT_NONCONFORMITY);
    engine.complete(instance, Element.CORRECT_NONCONFORMITY, SupervisionFixtures.correction());
    engine.complete(instance, Element.VERIFY_CORRECTION, SupervisionFixtures.verification(true));
    BpmnAwareTests.assertThat(instance).isEnded();
  }

  @Test
  void remindsWhenTheDeadlinePassesWithoutAWrittenAnswer() {
    ProcessInstance instance = engine.start(NonconformityProcess.KEY, SupervisionFixtures.nonconformity());

    engine.moveClock(Duration.ofDays(3).plusMinutes(1));
    engine.runDueJobs(instance);

    BpmnAwareTests.assertThat(instance).hasPassed(Element.REMIND_OVERDUE_CORRECTION, Element.OVERDUE_REMINDED)
        .isWaitingAt(Element.CORRECT_NONCONFORMITY);
    engine.complete(instance, Element.CORRECT_NONCONFORMITY, SupervisionFixtures.correction());
    engine.complete(instance, Element.VERIFY_CORRECTION, SupervisionFixtures.verification(true));
    BpmnAwareTests.assertThat(instance).isEnded();
  }
}
