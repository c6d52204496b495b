package com.wuye.bpm.security;

import static com.wuye.bpm.security.FightIncidentProcess.Element.*;
import static com.wuye.bpm.security.FightIncidentProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of fight-incident (§5.5.4) with the real seriousness decision and stand-in delegates. */
@Deployment(resources = {"bpmn/fight-incident.bpmn", "dmn/fight-seriousness.dmn"})
class FightIncidentProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.cfg.xml").build();
  private final List<String> reportedToLeaders = new ArrayList<>();

  @BeforeEach
  void standIns() {
    BpmnAwareTests.init(engine.getProcessEngine());
    Mocks.register("recordIncidentDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey("DJ-2026-00001");
      execution.setVariable(Var.INCIDENT_NUMBER, "DJ-2026-00001");
      execution.setVariable(Var.FACILITY_DAMAGED, !"none".equals(execution.getVariable(Var.DAMAGE)));
    });
    Mocks.register("dispatchGuardsDelegate", (JavaDelegate) execution -> { });
    Mocks.register("archiveIncidentDelegate", (JavaDelegate) execution -> { });
    Mocks.register("reportFightToLeadersDelegate",
        (JavaDelegate) execution -> reportedToLeaders.add(execution.getProcessBusinessKey()));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void archivesAfterEffectiveMediationWithoutDamage() {
    ProcessInstance instance = start(FightIncidentFixtures.quarrel());
    assertThat(instance).isWaitingAt(DISPATCH_GUARDS).hasBusinessKey("DJ-2026-00001");
    execute(job(instance));

    assertThat(instance).isWaitingAt(MEDIATE).variables().containsEntry(Var.SERIOUS, false)
        .doesNotContainKey("seriousness");
    assertThat(task(instance)).hasCandidateGroup("security");
    complete(FightIncidentFixtures.mediation(true, false));
    assertThat(instance).isWaitingAt(WRITE_CASE_REPORT);
    assertThat(task(instance)).hasCandidateGroup("security-supervisor");
    complete(FightIncidentFixtures.caseReport());

    assertThat(instance).isEnded().hasPassed(ARCHIVE_INCIDENT, INCIDENT_ARCHIVED)
        .hasNotPassed(CALL_POLICE, LIST_DAMAGE);
    assertThat(instance).hasPassedInOrder(MEDIATE, WRITE_CASE_REPORT);
  }

  @Test
  void listsDamageAfterMediationWhenFacilitiesDamaged() {
    ProcessInstance instance = start(FightIncidentFixtures.quarrel());
    execute(job(instance));
    complete(FightIncidentFixtures.mediation(true, true));

    assertThat(instance).isWaitingAt(LIST_DAMAGE);
    complete(FightIncidentFixtures.damageListed());
    complete(FightIncidentFixtures.caseReport());
    assertThat(instance).isEnded().hasPassed(LIST_DAMAGE).hasNotPassed(CALL_POLICE);
  }

  /**
   * 《物业品质管理手册》§5.5.4 节点3 and its chart: when mediation fails, the security supervisor decides to call the
   * police and the incident is reported to the company's leaders; the guards then assist the police.
   */
  @Test
  void supervisorCallsPoliceAndReportsToLeadersWhenMediationFails() {
    ProcessInstance instance = start(FightIncidentFixtures.quarrel());
    execute(job(instance));
    complete(FightIncidentFixtures.mediation(false, false));

    assertThat(instance).isWaitingAt(DECIDE_ON_POLICE);
    assertThat(task(instance)).hasCandidateGroup("security-supervisor");
    complete(FightIncidentFixtures.supervisorDecides(true));
    assertThat(instance).hasPassed(REPORT_TO_LEADERS).isWaitingAt(ASSIST_POLICE);
    complete(FightIncidentFixtures.policeAssisted(false));
    complete(FightIncidentFixtures.caseReport());

    assertThat(instance).isEnded().hasPassed(MEDIATE, DECIDE_ON_POLICE, ASSIST_POLICE)
        .hasNotPassed(CALL_POLICE, LIST_DAMAGE);
    assertThat(reportedToLeaders).containsExactly("DJ-2026-00001");
  }

  /** 《物业品质管理手册》§5.5.4 节点3: the supervisor may handle it without the police; the leaders still hear of it. */
  @Test
  void supervisorHandlesWithoutPoliceAndReportsToLeadersWhenMediationFails() {
    ProcessInstance instance = start(FightIncidentFixtures.quarrel());
    execute(job(instance));
    complete(FightIncidentFixtures.mediation(false, false));
    complete(FightIncidentFixtures.supervisorDecides(false));

    assertThat(instance).isWaitingAt(WRITE_CASE_REPORT);
    complete(FightIncidentFixtures.caseReport());
    assertThat(instance).isEnded().hasPassed(REPORT_TO_LEADERS).hasNotPassed(CALL_POLICE, ASSIST_POLICE);
    assertThat(reportedToLeaders).containsExactly("DJ-2026-00001");
  }

  @Test
  void callsPoliceAtOnceWhenSeriousAndListsDamage() {
    ProcessInstance instance = start(FightIncidentFixtures.knifeFight());
    execute(job(instance));

    assertThat(instance).isWaitingAt(CALL_POLICE).variables().containsEntry(Var.SERIOUS, true)
        .containsEntry(Var.SERIOUSNESS_REASON, "持械斗殴");
    complete(FightIncidentFixtures.policeCalled());
    complete(FightIncidentFixtures.policeAssisted(true));
    assertThat(instance).isWaitingAt(LIST_DAMAGE);
    complete(FightIncidentFixtures.damageListed());
    complete(FightIncidentFixtures.caseReport());

    assertThat(instance).isEnded().hasNotPassed(MEDIATE);
    assertThat(instance).hasPassedInOrder(CALL_POLICE, ASSIST_POLICE, LIST_DAMAGE, WRITE_CASE_REPORT);
  }

  private ProcessInstance start(Map<String, Object> variables) {
    return engine.getProcessEngine().getRuntimeService().startProcessInstanceByKey(FightIncidentProcess.KEY, variables);
  }

  private void complete(Map<String, Object> variables) {
    var tasks = engine.getProcessEngine().getTaskService();
    tasks.complete(tasks.createTaskQuery().singleResult().getId(), variables);
  }
}
