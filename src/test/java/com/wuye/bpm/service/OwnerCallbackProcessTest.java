package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerCallbackProcess.Element.*;
import static com.wuye.bpm.service.OwnerCallbackProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.wuye.bpm.support.ProcessTestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path through owner-callback with stand-ins for its delegates; OwnerCallbackIntegrationTest runs the real ones. */
@Deployment(resources = "bpmn/owner-callback.bpmn")
class OwnerCallbackProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(0.95);

  private final List<String> calls = new ArrayList<>();

  private void planning(boolean unitQualifies) {
    engine.mock("planCallbackDelegate", (JavaDelegate) execution -> {
      calls.add(PLAN_CALLBACK);
      execution.setVariable(Var.PLANNED, unitQualifies);
      if (unitQualifies) {
        execution.setProcessBusinessKey("HF-2026-000001");
        execution.setVariable(Var.CALLBACK_NUMBER, "HF-2026-000001");
      }
    });
    engine.mock("completeCallbackDelegate", (JavaDelegate) execution -> calls.add(COMPLETE_CALLBACK));
  }

  @Test
  void completesTheCallbackWhenTheSupervisorAcceptsTheRecord() {
    ProcessInstance instance = visited();
    engine.complete(instance, WRITE_CALLBACK_RECORD, CallbackFixtures.record());
    engine.complete(instance, REVIEW_CALLBACK_RECORD, CallbackFixtures.review("approve"));

    assertThat(instance).hasPassed(CALLBACK_COMPLETED).isEnded();
    assertThat(calls).containsExactly(PLAN_CALLBACK, COMPLETE_CALLBACK);
  }

  @Test
  void returnsTheRecordToCustomerServiceWhenTheSupervisorRejectsIt() {
    ProcessInstance instance = visited();
    engine.complete(instance, WRITE_CALLBACK_RECORD, CallbackFixtures.record());

    engine.complete(instance, REVIEW_CALLBACK_RECORD, CallbackFixtures.review("reject"));

    assertThat(instance).isWaitingAt(WRITE_CALLBACK_RECORD);
    engine.complete(instance, WRITE_CALLBACK_RECORD, CallbackFixtures.record());
    engine.complete(instance, REVIEW_CALLBACK_RECORD, CallbackFixtures.review("approve"));
    assertThat(instance).hasPassed(CALLBACK_COMPLETED).isEnded();
  }

  @Test
  void endsWhenTheOwnerDeclinesTheCallback() {
    planning(true);
    ProcessInstance instance = engine.start(OwnerCallbackProcess.KEY, Map.of());

    engine.complete(instance, APPOINT_CALLBACK, CallbackFixtures.appointment("declined"));

    assertThat(instance).hasPassed(CALLBACK_DECLINED).hasNotPassed(VISIT_OWNER).isEnded();
    assertThat(calls).containsExactly(PLAN_CALLBACK);
  }

  @Test
  void endsWithoutACallbackWhenNoUnitQualifies() {
    planning(false);

    ProcessInstance instance = engine.start(OwnerCallbackProcess.KEY, Map.of());

    assertThat(instance).hasPassed(NO_CALLBACK_NEEDED).hasNotPassed(APPOINT_CALLBACK).isEnded();
  }

  private ProcessInstance visited() {
    planning(true);
    ProcessInstance instance = engine.start(OwnerCallbackProcess.KEY, Map.of());
    engine.complete(instance, APPOINT_CALLBACK, CallbackFixtures.appointment("agreed"));
    engine.complete(instance, VISIT_OWNER, CallbackFixtures.visit("pending"));
    assertThat(instance).isWaitingAt(WRITE_CALLBACK_RECORD);
    return instance;
  }
}
