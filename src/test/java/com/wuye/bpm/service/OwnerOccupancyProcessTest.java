package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerOccupancyProcess.Element.*;
import static com.wuye.bpm.service.OwnerOccupancyProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.wuye.bpm.support.ProcessTestEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path through owner-occupancy with stand-ins for its delegates; OwnerOccupancyIntegrationTest runs the real ones. */
@Deployment(resources = "bpmn/owner-occupancy.bpmn")
class OwnerOccupancyProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(0.95);

  private final List<String> calls = new ArrayList<>();

  @BeforeEach
  void standIns() {
    engine.mock("registerOccupancyDelegate", (JavaDelegate) execution -> {
      calls.add(REGISTER_OCCUPANCY);
      execution.setProcessBusinessKey("RH-2026-000001");
      execution.setVariable(Var.OCCUPANCY_NUMBER, "RH-2026-000001");
    });
    engine.mock("postponeOccupancyDelegate", (JavaDelegate) execution -> calls.add(POSTPONE_OCCUPANCY));
    engine.mock("completeOccupancyDelegate", (JavaDelegate) execution -> calls.add(COMPLETE_OCCUPANCY));
  }

  @Test
  void movesInWhenTheOwnerAcceptsTheHouseAtTheFirstInspection() {
    ProcessInstance instance = engine.start(OwnerOccupancyProcess.KEY, OccupancyFixtures.report());

    engine.complete(instance, CHECK_OCCUPANCY_DOCUMENTS, OccupancyFixtures.documents("complete"));
    engine.complete(instance, INTRODUCE_SERVICES, OccupancyFixtures.introduction());
    engine.complete(instance, INSPECT_HOUSE, OccupancyFixtures.inspection("accepted"));
    engine.complete(instance, HAND_OVER_KEYS, OccupancyFixtures.keys());
    engine.complete(instance, ARRANGE_UTILITIES, OccupancyFixtures.utilities());

    assertThat(instance).hasPassed(OWNER_MOVED_IN).hasNotPassed(RECTIFY_HOUSE_DEFECTS, POSTPONE_OCCUPANCY).isEnded();
    assertThat(calls).containsExactly(REGISTER_OCCUPANCY, COMPLETE_OCCUPANCY);
  }

  @Test
  void inspectsAgainAfterTheDefectsAreRectified() {
    ProcessInstance instance = engine.start(OwnerOccupancyProcess.KEY, OccupancyFixtures.report());
    engine.complete(instance, CHECK_OCCUPANCY_DOCUMENTS, OccupancyFixtures.documents("complete"));
    engine.complete(instance, INTRODUCE_SERVICES, OccupancyFixtures.introduction());

    engine.complete(instance, INSPECT_HOUSE, OccupancyFixtures.inspection("defects"));
    assertThat(instance).isWaitingAt(RECTIFY_HOUSE_DEFECTS);
    engine.complete(instance, RECTIFY_HOUSE_DEFECTS, OccupancyFixtures.rectification());
    assertThat(instance).isWaitingAt(INSPECT_HOUSE);
    engine.complete(instance, INSPECT_HOUSE, OccupancyFixtures.inspection("accepted"));

    assertThat(instance).isWaitingAt(HAND_OVER_KEYS);
  }

  @Test
  void postponesWhenTheDocumentsAreIncomplete() {
    ProcessInstance instance = engine.start(OwnerOccupancyProcess.KEY, OccupancyFixtures.report());

    engine.complete(instance, CHECK_OCCUPANCY_DOCUMENTS, OccupancyFixtures.documents("incomplete"));

    assertThat(instance).hasPassed(OCCUPANCY_POSTPONED).hasNotPassed(INTRODUCE_SERVICES).isEnded();
    assertThat(calls).containsExactly(REGISTER_OCCUPANCY, POSTPONE_OCCUPANCY);
  }

  @Test
  void leavesTheHouseInspectionToEngineeringAndTheRestToCustomerService() {
    ProcessInstance instance = engine.start(OwnerOccupancyProcess.KEY, OccupancyFixtures.report());
    assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(CHECK_OCCUPANCY_DOCUMENTS, instance))
        .hasCandidateGroup("customer-service");
    engine.complete(instance, CHECK_OCCUPANCY_DOCUMENTS, OccupancyFixtures.documents("complete"));
    engine.complete(instance, INTRODUCE_SERVICES, Map.of());
    assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(INSPECT_HOUSE, instance))
        .hasCandidateGroup("engineering");
  }
}
