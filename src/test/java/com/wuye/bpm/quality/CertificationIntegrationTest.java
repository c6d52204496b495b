package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.CertificationProcess.Element.*;
import static com.wuye.bpm.quality.CertificationProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.support.EngineSteps;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** quality-certification with the real delegates and step recorder against the database, and the certificate API. */
class CertificationIntegrationTest extends SpringIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired JdbcTemplate jdbc;
  @Autowired NoticeService notices;

  @Test
  void certifiesAndKeepsSurveillanceRecordsUntilTheCertificateExpires() {
    ProcessInstance instance = start();
    String number = instance.getBusinessKey();
    assertThat(number).startsWith("ZR-");
    String id = instance.getId();
    completeHappy(id, RECORD_APPLICATION_REVIEW, SIGN_CERTIFICATION_CONTRACT);
    complete(id, RECORD_DOCUMENT_AUDIT, CertificationFixtures.completion(RECORD_DOCUMENT_AUDIT, Var.DOCUMENTS_CONFORM,
        "false"));
    completeHappy(id, CORRECT_SYSTEM_DOCUMENTS, RECORD_DOCUMENT_AUDIT, RECORD_AUDIT_PLAN, ATTEND_ON_SITE_CHECK,
        RECORD_CHECK_REPORT, RECORD_TEST_PLAN, ATTEND_ON_SITE_TEST, RECORD_TEST_REPORT, RECORD_CERTIFICATION_DECISION);

    String certificate = (String) processEngine.getRuntimeService().getVariable(id, Var.CERTIFICATE_NUMBER);
    assertThat(certificate).startsWith("RZ-");
    assertThat(jdbc.queryForMap("select status, contract_no from quality_certification where number = ?", number))
        .containsEntry("STATUS", "CERTIFIED").containsEntry("CONTRACT_NO", "DOC-" + SIGN_CERTIFICATION_CONTRACT.length());
    assertThat(jdbc.queryForList("""
        select d.kind from quality_certification_document d join quality_certification c on c.id = d.certification_id
        where c.number = ? order by d.id""", String.class, number)).containsExactly("application-review", "contract",
        "document-audit", "correction", "document-audit", "audit-plan", "on-site-check", "check-report", "test-plan",
        "on-site-test", "test-report", "certification-decision");
    assertThat(jdbc.queryForList("""
        select d.outcome from quality_certification_document d join quality_certification c on c.id = d.certification_id
        where c.number = ? and d.kind = 'document-audit' order by d.id""", String.class, number))
        .containsExactly("nonconforming", "conform");

    // the first surveillance round, a year after the issue date
    fireTimer(id);
    completeHappy(id, RECORD_SYSTEM_SURVEILLANCE, RECORD_SERVICE_SURVEILLANCE, RECORD_SURVEILLANCE_DECISION);
    assertThat(notices.issuedFor(certificate + "/1")).extracting(n -> n.kind())
        .containsExactly("quality-surveillance-decision");
    assertThat(processEngine.getRuntimeService().getVariables(id)).doesNotContainKey("systemSurveillanceNo")
        .containsEntry(Var.SURVEILLANCE_ROUND, 2);
    fireTimer(id);
    completeHappy(id, RECORD_SYSTEM_SURVEILLANCE, RECORD_SERVICE_SURVEILLANCE, RECORD_SURVEILLANCE_DECISION);
    fireTimer(id); // expiry

    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count()).isZero();
    ResponseEntity<Map> shown = rest.withBasicAuth("pinzhi", "demo")
        .getForEntity("/api/quality/certificates/" + certificate, Map.class);
    assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(shown.getBody()).containsEntry("certificationNumber", number).containsEntry("status", "EXPIRED")
        .containsEntry("issueDate", "2026-03-01").containsEntry("expiryDate", "2029-03-01")
        .containsEntry("certificationStatus", "EXPIRED");
    assertThat((List<Map<String, Object>>) shown.getBody().get("surveillances"))
        .extracting(s -> s.get("scheduledDate"), s -> s.get("decision"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("2027-03-01", "maintained"),
            org.assertj.core.groups.Tuple.tuple("2028-03-01", "maintained"));
    assertThat((List<?>) shown.getBody().get("documents")).hasSize(18);
    assertThat((List<?>) shown.getBody().get("steps")).hasSize(18);
    assertThat(notices.issuedFor(certificate)).extracting(n -> n.kind()).contains("quality-certificate-expired");
  }

  @Test
  void recordsReasonsWhenApplicationIsRejected() {
    ProcessInstance instance = start();
    complete(instance.getId(), RECORD_APPLICATION_REVIEW, CertificationFixtures.completion(RECORD_APPLICATION_REVIEW,
        Var.APPLICATION_ACCEPTED, false));

    assertThat(jdbc.queryForMap("select status, closed_reason from quality_certification where number = ?",
        instance.getBusinessKey())).containsEntry("STATUS", "REJECTED")
        .containsEntry("CLOSED_REASON", "已登记：" + RECORD_APPLICATION_REVIEW);
  }

  @Test
  void refusesReportWithoutNumberOrDateAndWritesNothing() {
    ProcessInstance instance = start();
    Map<String, Object> variables = CertificationFixtures.completion(RECORD_APPLICATION_REVIEW);
    variables.remove("applicationReviewNo");
    variables.put("applicationReviewDate", "15.02.2026");

    assertThatThrownBy(() -> complete(instance.getId(), RECORD_APPLICATION_REVIEW, variables))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining("applicationReviewDate")
        .hasMessageContaining("applicationReviewNo");
    assertThat(taskAt(instance.getId(), RECORD_APPLICATION_REVIEW)).isNotNull();
    assertThat(jdbc.queryForObject("""
        select count(*) from quality_certification_document d join quality_certification c on c.id = d.certification_id
        where c.number = ?""", Integer.class, instance.getBusinessKey())).isZero();
  }

  @Test
  void answersNotFoundForUnknownCertificate() {
    ResponseEntity<String> answer = rest.withBasicAuth("pinzhi", "demo")
        .getForEntity("/api/quality/certificates/RZ-1999-9999", String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(answer.getHeaders().getContentType().toString()).contains("problem+json");
  }

  private ProcessInstance start() {
    return processEngine.getRuntimeService().startProcessInstanceByKey(CertificationProcess.KEY,
        CertificationFixtures.startVariables());
  }

  private void fireTimer(String instance) {
    Job timer = managementService.createJobQuery().processInstanceId(instance).timers().singleResult();
    assertThat(timer).as("timer").isNotNull();
    managementService.executeJob(timer.getId());
    runJobs(instance);
  }

  private void completeHappy(String instance, String... taskKeys) {
    for (String taskKey : taskKeys) {
      complete(instance, taskKey, CertificationFixtures.completion(taskKey));
    }
  }

  private void complete(String instance, String taskKey, Map<String, Object> variables) {
    EngineSteps.completeAndRunDueJobs(processEngine, instance, taskKey, variables);
  }

  private void runJobs(String instance) {
    EngineSteps.runDueJobs(processEngine, instance);
  }

  private Task taskAt(String instance, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
  }
}
