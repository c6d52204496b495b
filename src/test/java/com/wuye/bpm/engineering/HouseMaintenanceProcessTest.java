package com.wuye.bpm.engineering;

import static com.wuye.bpm.engineering.HouseMaintenanceProcess.Element.*;
import static com.wuye.bpm.engineering.HouseMaintenanceProcess.Value;
import static com.wuye.bpm.engineering.HouseMaintenanceProcess.Var;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import com.wuye.bpm.support.ProcessTestEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of house-maintenance (《物业品质管理手册》 §5.7.1), the registration a stand-in. */
@Deployment(resources = {"bpmn/house-maintenance.bpmn", "dmn/repair-procurement.dmn"})
class HouseMaintenanceProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(1.0);

  private static final String NUMBER = "FX-2026-000001";

  @BeforeEach
  void standIns() {
    engine.mock("registerHouseRepairDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey(NUMBER);
      execution.setVariable(Var.REPAIR_NUMBER, NUMBER);
    });
  }

  @Test
  void completesAnInHouseRepairWhenTheBudgetIsSmall() {
    ProcessInstance instance = schemeApproved(30_000);

    assertThat(instance).hasPassed(DECIDE_PROCUREMENT).isWaitingAt(SUPERVISE_REPAIR).hasNotPassed(ISSUE_TENDER)
        .variables().containsEntry(Var.PROCUREMENT, Value.IN_HOUSE);
    finishWorks(instance);

    assertThat(instance).isEnded().hasPassed(REPAIR_COMPLETED);
  }

  @Test
  void tendersAndSignsAContractWhenTheBudgetIsLarge() {
    ProcessInstance instance = schemeApproved(200_000);

    assertThat(instance).isWaitingAt(ISSUE_TENDER).variables().containsEntry(Var.PROCUREMENT, Value.TENDER);
    assertThat(engine.task(instance, ISSUE_TENDER)).hasCandidateGroup("engineering");
    engine.completeAll(instance, HouseMaintenanceFixtures.tender(), ISSUE_TENDER, REVIEW_BIDS);
    assertThat(engine.task(instance, EVALUATE_BIDS)).hasCandidateGroup("engineering-supervisor");
    engine.completeAll(instance, HouseMaintenanceFixtures.tender(), EVALUATE_BIDS, VISIT_CONTRACTOR);
    assertThat(engine.task(instance, SIGN_REPAIR_CONTRACT)).hasCandidateGroup("general-manager");
    engine.complete(instance, SIGN_REPAIR_CONTRACT, HouseMaintenanceFixtures.tender().get(SIGN_REPAIR_CONTRACT));
    finishWorks(instance);

    assertThat(instance).isEnded().hasPassed(SIGN_REPAIR_CONTRACT, REPAIR_COMPLETED);
  }

  @Test
  void sendsTheWorksBackForReworkUntilTheyPassAcceptance() {
    ProcessInstance instance = schemeApproved(30_000);
    engine.complete(instance, SUPERVISE_REPAIR, HouseMaintenanceFixtures.supervised());
    engine.complete(instance, ACCEPT_REPAIR, HouseMaintenanceFixtures.failed());

    assertThat(instance).isWaitingAt(SUPERVISE_REPAIR);
    finishWorks(instance);

    assertThat(instance).isEnded().hasPassed(REPAIR_COMPLETED);
  }

  @Test
  void returnsThePlanForRevisionWhenTheSupervisorRejectsIt() {
    ProcessInstance instance = engine.start(HouseMaintenanceProcess.KEY, HouseMaintenanceFixtures.roofPlan());
    engine.complete(instance, REVIEW_REPAIR_PLAN,
        HouseMaintenanceFixtures.rejected(Var.PLAN_REVIEW, Var.PLAN_REVIEW_NOTE, "请补充渗漏位置"));

    assertThat(instance).isWaitingAt(REVISE_REPAIR_PLAN);
    assertThat(engine.task(instance, REVISE_REPAIR_PLAN)).hasCandidateGroup("engineering");
    engine.complete(instance, REVISE_REPAIR_PLAN, HouseMaintenanceFixtures.resubmitted());

    assertThat(instance).isWaitingAt(REVIEW_REPAIR_PLAN);
  }

  @Test
  void returnsThePlanForRevisionWhenTheGeneralManagerRejectsIt() {
    ProcessInstance instance = engine.start(HouseMaintenanceProcess.KEY, HouseMaintenanceFixtures.roofPlan());
    engine.complete(instance, REVIEW_REPAIR_PLAN, HouseMaintenanceFixtures.decision(Var.PLAN_REVIEW, Value.APPROVE));
    engine.complete(instance, APPROVE_REPAIR_PLAN,
        HouseMaintenanceFixtures.rejected(Var.PLAN_APPROVAL, Var.PLAN_APPROVAL_NOTE, "今年预算已满，明年再报"));

    assertThat(instance).isWaitingAt(REVISE_REPAIR_PLAN);
  }

  @Test
  void endsWithdrawnWhenEngineeringGivesThePlanUp() {
    ProcessInstance instance = engine.start(HouseMaintenanceProcess.KEY, HouseMaintenanceFixtures.roofPlan());
    engine.complete(instance, REVIEW_REPAIR_PLAN,
        HouseMaintenanceFixtures.rejected(Var.PLAN_REVIEW, Var.PLAN_REVIEW_NOTE, "属开发商保修范围"));
    engine.complete(instance, REVISE_REPAIR_PLAN, HouseMaintenanceFixtures.withdrawn());

    assertThat(instance).isEnded().hasPassed(PLAN_WITHDRAWN).hasNotPassed(SURVEY_HOUSE);
  }

  @Test
  void redraftsTheSchemeWhenTheSupervisorRejectsIt() {
    ProcessInstance instance = schemeDrafted(30_000);
    engine.complete(instance, REVIEW_REPAIR_SCHEME,
        HouseMaintenanceFixtures.rejected(Var.SCHEME_REVIEW, Var.SCHEME_REVIEW_NOTE, "预算偏低"));

    assertThat(instance).isWaitingAt(DRAFT_REPAIR_SCHEME);
  }

  @Test
  void redraftsTheSchemeWhenTheGeneralManagerRejectsIt() {
    ProcessInstance instance = schemeDrafted(30_000);
    engine.complete(instance, REVIEW_REPAIR_SCHEME,
        HouseMaintenanceFixtures.decision(Var.SCHEME_REVIEW, Value.APPROVE));
    engine.complete(instance, APPROVE_REPAIR_SCHEME,
        HouseMaintenanceFixtures.rejected(Var.SCHEME_APPROVAL, Var.SCHEME_APPROVAL_NOTE, "经费来源未落实"));

    assertThat(instance).isWaitingAt(DRAFT_REPAIR_SCHEME);
  }

  private ProcessInstance planApproved() {
    ProcessInstance instance = engine.start(HouseMaintenanceProcess.KEY, HouseMaintenanceFixtures.roofPlan());
    assertThat(instance).hasBusinessKey(NUMBER).isWaitingAt(REVIEW_REPAIR_PLAN);
    assertThat(engine.task(instance, REVIEW_REPAIR_PLAN)).hasCandidateGroup("engineering-supervisor");
    engine.complete(instance, REVIEW_REPAIR_PLAN, HouseMaintenanceFixtures.decision(Var.PLAN_REVIEW, Value.APPROVE));
    assertThat(engine.task(instance, APPROVE_REPAIR_PLAN)).hasCandidateGroup("general-manager");
    engine.complete(instance, APPROVE_REPAIR_PLAN,
        HouseMaintenanceFixtures.decision(Var.PLAN_APPROVAL, Value.APPROVE));
    return instance;
  }

  private ProcessInstance schemeDrafted(long budget) {
    ProcessInstance instance = planApproved();
    engine.complete(instance, SURVEY_HOUSE, HouseMaintenanceFixtures.survey());
    engine.complete(instance, DRAFT_REPAIR_SCHEME, HouseMaintenanceFixtures.scheme(budget));
    return instance;
  }

  private ProcessInstance schemeApproved(long budget) {
    ProcessInstance instance = schemeDrafted(budget);
    engine.complete(instance, REVIEW_REPAIR_SCHEME,
        HouseMaintenanceFixtures.decision(Var.SCHEME_REVIEW, Value.APPROVE));
    engine.complete(instance, APPROVE_REPAIR_SCHEME,
        HouseMaintenanceFixtures.decision(Var.SCHEME_APPROVAL, Value.APPROVE));
    return instance;
  }

  private void finishWorks(ProcessInstance instance) {
    engine.complete(instance, SUPERVISE_REPAIR, HouseMaintenanceFixtures.supervised());
    engine.complete(instance, ACCEPT_REPAIR, HouseMaintenanceFixtures.accepted());
    assertThat(engine.task(instance, SETTLE_REPAIR_PAYMENT)).hasCandidateGroup("finance");
    engine.complete(instance, SETTLE_REPAIR_PAYMENT, HouseMaintenanceFixtures.settled(29_500));
    engine.complete(instance, UPDATE_TECHNICAL_ARCHIVE, HouseMaintenanceFixtures.archived());
  }
}
