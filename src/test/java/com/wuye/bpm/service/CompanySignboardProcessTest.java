package com.wuye.bpm.service;

import static com.wuye.bpm.service.CompanySignboardProcess.Element.*;
import static com.wuye.bpm.service.CompanySignboardProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.wuye.bpm.support.ProcessTestEngine;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path through company-signboard with stand-ins for its delegates; CompanySignboardIntegrationTest runs the real ones. */
@Deployment(resources = "bpmn/company-signboard.bpmn")
class CompanySignboardProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(0.95);

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void standIns() {
    engine.mock("registerSignboardDelegate", (JavaDelegate) execution -> {
      calls.add(REGISTER_SIGNBOARD);
      execution.setProcessBusinessKey("SP-2026-000001");
      execution.setVariable(Var.SIGNBOARD_NUMBER, "SP-2026-000001");
    });
    for (String bean : List.of("rejectSignboardDelegate", "orderSignboardDelegate", "remakeSignboardDelegate",
        "completeSignboardDelegate")) {
      engine.mock(bean, (JavaDelegate) execution -> calls.add(bean));
    }
  }

  @Test
  void hangsTheSignWhenItMatchesTheApplication() {
    ProcessInstance instance = ordered();
    engine.complete(instance, RECORD_SIGNBOARD_DELIVERY, SignboardFixtures.delivery());
    engine.complete(instance, CHECK_SIGNBOARD, SignboardFixtures.signCheck("matches"));
    engine.complete(instance, HANG_SIGNBOARD, SignboardFixtures.hanging());

    assertThat(instance).hasPassed(SIGNBOARD_HUNG).hasNotPassed(REMAKE_SIGNBOARD).isEnded();
    assertThat(calls).containsExactly(REGISTER_SIGNBOARD, "orderSignboardDelegate", "completeSignboardDelegate");
  }

  @Test
  void sendsTheSignBackToTheMakerWhenItDiffersFromTheApplication() {
    ProcessInstance instance = ordered();
    engine.complete(instance, RECORD_SIGNBOARD_DELIVERY, SignboardFixtures.delivery());

    engine.complete(instance, CHECK_SIGNBOARD, SignboardFixtures.signCheck("mismatch"));

    assertThat(instance).hasPassed(REMAKE_SIGNBOARD).isWaitingAt(RECORD_SIGNBOARD_DELIVERY);
    engine.complete(instance, RECORD_SIGNBOARD_DELIVERY, SignboardFixtures.delivery());
    engine.complete(instance, CHECK_SIGNBOARD, SignboardFixtures.signCheck("matches"));
    assertThat(instance).isWaitingAt(HANG_SIGNBOARD);
    assertThat(calls).containsExactly(REGISTER_SIGNBOARD, "orderSignboardDelegate", "remakeSignboardDelegate");
  }

  @Test
  void returnsTheApplicationWhenTheDocumentsAreNotValid() {
    ProcessInstance instance = engine.start(CompanySignboardProcess.KEY, SignboardFixtures.application());

    engine.complete(instance, CHECK_SIGNBOARD_APPLICATION, SignboardFixtures.check("invalid"));

    assertThat(instance).hasPassed(SIGNBOARD_REJECTED).hasNotPassed(COLLECT_SIGNBOARD_FEE).isEnded();
    assertThat(calls).containsExactly(REGISTER_SIGNBOARD, "rejectSignboardDelegate");
  }

  private ProcessInstance ordered() {
    ProcessInstance instance = engine.start(CompanySignboardProcess.KEY, SignboardFixtures.application());
    engine.complete(instance, CHECK_SIGNBOARD_APPLICATION, SignboardFixtures.check("valid"));
    engine.complete(instance, COLLECT_SIGNBOARD_FEE, SignboardFixtures.fee());
    assertThat(instance).hasPassed(ORDER_SIGNBOARD).isWaitingAt(RECORD_SIGNBOARD_DELIVERY);
    return instance;
  }
}
