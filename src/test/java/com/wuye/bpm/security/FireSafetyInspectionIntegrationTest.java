package com.wuye.bpm.security;

import static com.wuye.bpm.security.FireSafetyInspectionProcess.Element.*;
import static com.wuye.bpm.security.FireSafetyInspectionProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.notice.NoticeService;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** fire-safety-inspection and fire-hazard-rectification with the real delegates and listeners on the database. */
class FireSafetyInspectionIntegrationTest extends SecurityFlowIntegrationTest {

  @Autowired
  FireInspectionService inspections;
  @Autowired
  com.wuye.bpm.casefile.CaseFile journal;
  @Autowired
  NoticeService notices;

  @Test
  void schedulesTheWeeklyCycleFromConfiguration() {
    Job cycle = processEngine.getManagementService().createJobQuery().timers().activityId(INSPECTION_DUE)
        .processDefinitionKey(FireSafetyInspectionProcess.CYCLE_KEY).singleResult();
    assertThat(cycle).isNotNull();
    assertThat(cycle.getDuedate()).isAfter(new Date()).isBefore(new Date(System.currentTimeMillis()
        + Duration.ofDays(7).plusMinutes(1).toMillis()));
  }

  @Test
  void filesTheSignedChecklistAfterEscalatingAnOverdueHazard() {
    ProcessInstance instance = requestAs("baoan-zhuguan");
    String number = number(instance);
    complete(task(instance, INSPECT_FIRE_SAFETY),
        FireInspectionFixtures.checklist(FireCheckType.EXTINGUISHER, FireCheckType.POWER_LEFT_ON));
    runAsyncJobs();

    FireInspection inspection = inspections.get(number);
    assertThat(inspection.triggerKind()).isEqualTo(FireInspection.TRIGGER_REQUEST);
    assertThat(inspection.requestedBy()).isEqualTo("baoan-zhuguan");
    assertThat(inspection.signedAt()).isNotNull();
    assertThat(inspection.hazardCount()).isEqualTo(2);
    List<FireCheck> checks = inspections.checks(number);
    assertThat(checks).hasSize(5).filteredOn(FireCheck::problem).extracting(FireCheck::checkType,
        FireCheck::rectificationDays).containsExactlyInAnyOrder(
            tuple("extinguisher", 3), tuple("power-left-on", 1));
    assertThat(notices.issuedFor(number + "/extinguisher")).singleElement()
        .satisfies(n -> assertThat(n.recipient()).isEqualTo("工程服务部"));

    List<Task> rechecks = rechecks(number);
    assertThat(rechecks).hasSize(2);
    Task powerRecheck = recheckOf(rechecks, "power-left-on");
    String extinguisherInstance = recheckOf(rechecks, "extinguisher").getProcessInstanceId();
    complete(powerRecheck, FireInspectionFixtures.recheck(true));

    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + Duration.ofDays(4).toMillis()));
    Job overdue = processEngine.getManagementService().createJobQuery().timers().activityId(RECTIFICATION_OVERDUE)
        .processInstanceId(extinguisherInstance).executable().singleResult();
    processEngine.getManagementService().executeJob(overdue.getId());
    Task escalation = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(ESCALATE_OVERDUE_HAZARD).singleResult();
    complete(escalation, FireInspectionFixtures.escalation());
    complete(rechecks(number).get(0), FireInspectionFixtures.recheck(true));

    FireCheck extinguisher = inspections.hazard(number, "extinguisher");
    assertThat(extinguisher.escalationCount()).isOne();
    assertThat(extinguisher.recheckCount()).isOne();
    assertThat(extinguisher.rectifiedAt()).isNotNull();
    assertThat(inspections.hazard(number, "power-left-on").escalationCount()).isZero();
    assertThat(inspections.get(number).filedAt()).isNotNull();
    // the hazards' steps are the inspection's: the rectifications run under its business key
    assertThat(journal.steps(number)).extracting(com.wuye.bpm.casefile.CaseStep::step).startsWith(INSPECT_FIRE_SAFETY)
        .containsSubsequence(RECTIFICATION_OVERDUE, ESCALATE_OVERDUE_HAZARD, RECHECK_HAZARD);
    assertThat(journal.steps(number)).filteredOn(s -> ESCALATE_OVERDUE_HAZARD.equals(s.step())).singleElement()
        .satisfies(s -> assertThat(s.note()).startsWith("【"));
    assertThat(notices.issuedFor(number)).singleElement()
        .satisfies(n -> assertThat(n.recipient()).isEqualTo("security-supervisor"));
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
        .count()).isZero();
  }

  @Test
  void refusesAnUnsignedChecklistOrAHazardWithoutPlace() {
    ProcessInstance instance = requestAs("baoan-zhuguan");
    String number = number(instance);
    Map<String, Object> unsigned = new HashMap<>(FireInspectionFixtures.checklist());
    unsigned.put(Var.SIGNED, false);
    assertThatThrownBy(() -> complete(task(instance, INSPECT_FIRE_SAFETY), unsigned))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.SIGNED);

    Map<String, Object> noPlace = new HashMap<>(FireInspectionFixtures.checklist(FireCheckType.CLUTTER));
    noPlace.remove(FireCheckType.CLUTTER.detailField());
    assertThatThrownBy(() -> complete(task(instance, INSPECT_FIRE_SAFETY), noPlace))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(FireCheckType.CLUTTER.detailField());
    assertThat(inspections.checks(number)).isEmpty();
    assertThat(inspections.get(number).signedAt()).isNull();
  }

  private ProcessInstance requestAs(String user) {
    return startAs(FireSafetyInspectionProcess.KEY, user, "security-supervisor", FireInspectionFixtures.requested());
  }

  private String number(ProcessInstance instance) {
    return variable(instance, Var.INSPECTION_NUMBER);
  }

  private Task task(ProcessInstance instance, String key) {
    return processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  private List<Task> rechecks(String number) {
    return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey(RECHECK_HAZARD).list();
  }

  private Task recheckOf(List<Task> rechecks, String hazardType) {
    return rechecks.stream()
        .filter(t -> hazardType.equals(processEngine.getTaskService().getVariable(t.getId(), Var.HAZARD_TYPE)))
        .findFirst().orElseThrow();
  }

  private void complete(Task task, Map<String, Object> variables) {
    processEngine.getTaskService().complete(task.getId(), variables);
  }

  private void runAsyncJobs() {
    var management = processEngine.getManagementService();
    management.createJobQuery().messages().processDefinitionKey(FireSafetyInspectionProcess.HAZARD_KEY).executable().list()
        .forEach(job -> management.executeJob(job.getId()));
  }
}
