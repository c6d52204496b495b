package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerMoveInProcess.Element.*;
import static com.wuye.bpm.service.OwnerMoveInProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.wuye.bpm.support.ProcessTestEngine;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path through owner-move-in with stand-ins for its delegates; OwnerMoveInIntegrationTest runs the real ones. */
@Deployment(resources = "bpmn/owner-move-in.bpmn")
class OwnerMoveInProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(0.95);

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void standIns() {
    engine.mock("registerMoveInDelegate", (JavaDelegate) execution -> {
      calls.add(REGISTER_MOVE_IN);
      execution.setProcessBusinessKey("QR-2026-000001");
      execution.setVariable(Var.MOVE_IN_NUMBER, "QR-2026-000001");
    });
    engine.mock("refuseMoveInDelegate", (JavaDelegate) execution -> calls.add(REFUSE_MOVE_IN));
    engine.mock("sendMoveInNoticeDelegate", (JavaDelegate) execution -> calls.add(SEND_MOVE_IN_NOTICE));
    engine.mock("completeMoveInDelegate", (JavaDelegate) execution -> calls.add(COMPLETE_MOVE_IN));
  }

  @Test
  void movesInOnceEngineeringAndSecurityHaveConfirmed() {
    ProcessInstance instance = engine.start(OwnerMoveInProcess.KEY, MoveInFixtures.application());
    engine.complete(instance, CHECK_MOVE_IN_DOCUMENTS, MoveInFixtures.documents("complete"));
    engine.complete(instance, INTRODUCE_MOVE_IN_SERVICES, MoveInFixtures.introduction());
    engine.complete(instance, FILL_MOVE_IN_NOTICE, MoveInFixtures.notice("2026-11-23"));

    assertThat(instance).isWaitingAt(CONFIRM_MOVE_IN_ENGINEERING, CONFIRM_MOVE_IN_SECURITY);
    assertThat(task(CONFIRM_MOVE_IN_ENGINEERING, instance)).hasCandidateGroup("engineering");
    assertThat(task(CONFIRM_MOVE_IN_SECURITY, instance)).hasCandidateGroup("security");
    engine.complete(instance, CONFIRM_MOVE_IN_SECURITY, MoveInFixtures.security());
    assertThat(instance).isWaitingAt(CONFIRM_MOVE_IN_ENGINEERING).hasNotPassed(COMPLETE_MOVE_IN);
    engine.complete(instance, CONFIRM_MOVE_IN_ENGINEERING, MoveInFixtures.engineering());

    assertThat(instance).hasPassed(MOVED_IN).isEnded();
    assertThat(calls).containsExactly(REGISTER_MOVE_IN, SEND_MOVE_IN_NOTICE, COMPLETE_MOVE_IN);
  }

  @Test
  void refusesTheMoveInWhenTheDocumentsAreIncomplete() {
    ProcessInstance instance = engine.start(OwnerMoveInProcess.KEY, MoveInFixtures.application());

    engine.complete(instance, CHECK_MOVE_IN_DOCUMENTS, MoveInFixtures.documents("incomplete"));

    assertThat(instance).hasPassed(MOVE_IN_REFUSED).hasNotPassed(INTRODUCE_MOVE_IN_SERVICES).isEnded();
    assertThat(calls).containsExactly(REGISTER_MOVE_IN, REFUSE_MOVE_IN);
  }
}
