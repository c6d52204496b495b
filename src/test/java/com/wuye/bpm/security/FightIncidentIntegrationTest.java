package com.wuye.bpm.security;

import static com.wuye.bpm.security.FightIncidentProcess.Element.*;
import static com.wuye.bpm.security.FightIncidentProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** fight-incident with the real delegates and listener against the database. */
class FightIncidentIntegrationTest extends SecurityFlowIntegrationTest {

  @Autowired
  FightIncidentService incidents;
  @Autowired
  com.wuye.bpm.casefile.CaseFile journal;
  @Autowired
  NoticeService notices;

  @Test
  void archivesPoliceCaseWithDamageListAndReport() {
    ProcessInstance instance = startAs("jiankong", FightIncidentFixtures.knifeFight());
    String number = number(instance);
    runJobs(instance);
    complete(instance, CALL_POLICE, FightIncidentFixtures.policeCalled());
    complete(instance, ASSIST_POLICE, FightIncidentFixtures.policeAssisted(true));
    complete(instance, LIST_DAMAGE, FightIncidentFixtures.damageListed());
    complete(instance, WRITE_CASE_REPORT, FightIncidentFixtures.caseReport());

    FightIncident record = incidents.get(number);
    assertThat(record.reportedBy()).isEqualTo("jiankong");
    assertThat(record.peopleInvolved()).isEqualTo(3);
    assertThat(record.weapons()).isTrue();
    assertThat(record.serious()).isTrue();
    assertThat(record.seriousnessReason()).isEqualTo("持械斗殴");
    assertThat(record.guardsDispatchedAt()).isNotNull();
    assertThat(record.policeReport()).isEqualTo("110-20260101-0042");
    assertThat(record.policeCalledAt()).isNotNull();
    assertThat(record.damageAmount()).isEqualByComparingTo(new BigDecimal("1280.50"));
    assertThat(record.caseReport()).startsWith("经过");
    assertThat(record.archivedAt()).isNotNull();
    assertThat(journal.steps(number)).extracting(com.wuye.bpm.casefile.CaseStep::step)
        .containsExactly(CALL_POLICE, ASSIST_POLICE, LIST_DAMAGE, WRITE_CASE_REPORT);
    assertThat(notices.issuedFor(number)).extracting(Notice::recipient)
        .containsExactly("security", "security-supervisor");
  }

  /**
   * 《物业品质管理手册》§5.5.4 节点3: after a failed mediation the supervisor calls the police and the general manager
   * receives the supervisor's report (报告公司领导).
   */
  @Test
  void reportsToLeadersAndKeepsThePoliceCallWhenTheSupervisorCallsThePolice() {
    ProcessInstance instance = startAs("jiankong", FightIncidentFixtures.quarrel());
    String number = number(instance);
    runJobs(instance);
    complete(instance, MEDIATE, FightIncidentFixtures.mediation(false, false));
    complete(instance, DECIDE_ON_POLICE, FightIncidentFixtures.supervisorDecides(true));

    FightIncident record = incidents.get(number);
    assertThat(record.policeDecision()).isEqualTo(FightIncidentProcess.CALL_POLICE);
    assertThat(record.policeReport()).isEqualTo("JJ-20260301-11");
    assertThat(record.policeCalledAt()).isNotNull();
    assertThat(record.leadersReport()).isEqualTo("劝解无效，双方仍在推搡，已报警");
    assertThat(record.leadersReportedAt()).isNotNull();
    assertThat(notices.issuedFor(number)).extracting(Notice::recipient)
        .containsExactly("security", "security-supervisor", "general-manager");
    assertThat(journal.steps(number)).extracting(com.wuye.bpm.casefile.CaseStep::step).containsExactly(MEDIATE, DECIDE_ON_POLICE);
  }

  /** Issue 20 point 1: started by an administrator at 报告公司领导, the delegate refuses and writes nothing. */
  @Test
  void refusesToReportToLeadersBeforeTheSupervisorDecided() {
    ProcessInstance first = startAs("jiankong", FightIncidentFixtures.quarrel());
    String number = number(first);
    runJobs(first);
    int notices = this.notices.issuedFor(number).size();

    assertThatThrownBy(() -> processEngine.getRuntimeService().createProcessInstanceByKey(FightIncidentProcess.KEY)
        .businessKey(number).startBeforeActivity(REPORT_TO_LEADERS).execute())
        .isInstanceOf(com.wuye.bpm.api.UnprocessableException.class);
    assertThat(this.notices.issuedFor(number)).hasSize(notices);
    assertThat(incidents.get(number).leadersReportedAt()).isNull();
  }

  @Test
  void refusesNegativeDamageAndKeepsTheTask() {
    ProcessInstance instance = startAs("jiankong", FightIncidentFixtures.quarrel());
    String number = number(instance);
    runJobs(instance);
    complete(instance, MEDIATE, FightIncidentFixtures.mediation(true, true));

    assertThatThrownBy(() -> complete(instance, LIST_DAMAGE, Map.of(Var.DAMAGE_ITEMS, "门禁", Var.DAMAGE_AMOUNT, -1)))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.DAMAGE_AMOUNT);
    assertThat(incidents.get(number).damageItems()).isNull();
    assertThat(incidents.get(number).mediationEffective()).isTrue();
  }

  @Test
  void refusesAReportWithOnePerson() {
    Map<String, Object> variables = FightIncidentFixtures.quarrel();
    variables.put(Var.PEOPLE_INVOLVED, 1);
    assertThatThrownBy(() -> startAs("jiankong", variables)).isInstanceOf(BadInputException.class)
        .hasMessageContaining(Var.PEOPLE_INVOLVED);
  }

  private ProcessInstance startAs(String user, Map<String, Object> variables) {
    return startAs(FightIncidentProcess.KEY, user, "monitoring-center", variables);
  }

  private String number(ProcessInstance instance) {
    return variable(instance, Var.INCIDENT_NUMBER);
  }
}
