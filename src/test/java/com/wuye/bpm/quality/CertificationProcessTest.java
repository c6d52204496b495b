package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.CertificationProcess.Element.*;
import static com.wuye.bpm.quality.CertificationProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.wuye.bpm.support.EngineSteps;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every path through quality-certification, with the real surveillance schedule (default configuration: valid three
 * years, surveillance yearly) and the clock moved through the cycle; delegates and the step recorder are stand-ins.
 * CertificationIntegrationTest runs the real ones against the database.
 */
@Deployment(resources = "bpmn/quality-certification.bpmn")
class CertificationProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.cfg.xml").build();

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private final SurveillanceSchedule schedule = new SurveillanceSchedule(QualityProperties.defaults(), ZONE);
  private final List<String> recorded = new ArrayList<>();

  @BeforeEach
  void standIns() {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(at(2026, 1, 10));
    Mocks.register("registerCertificationDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey("ZR-2026-0001");
      execution.setVariable(Var.CERTIFICATION_NUMBER, "ZR-2026-0001");
    });
    Mocks.register("issueCertificateDelegate", (JavaDelegate) execution -> {
      recorded.add("issued");
      execution.setVariable(Var.CERTIFICATE_NUMBER, "RZ-2026-0001");
      execution.setVariables(schedule.variablesAfter(issueDate(execution.getVariable(Var.CERTIFICATE_ISSUE_DATE)), 0));
    });
    Mocks.register("notifySurveillanceDecisionDelegate", (JavaDelegate) execution -> {
      int round = (Integer) execution.getVariable(Var.SURVEILLANCE_ROUND);
      recorded.add("decision " + round + ": " + execution.getVariable(Var.SURVEILLANCE_DECISION));
      execution.setVariables(schedule.variablesAfter(
          issueDate(execution.getVariable(Var.CERTIFICATE_ISSUE_DATE)), round));
    });
    Mocks.register("expireCertificateDelegate", (JavaDelegate) execution -> recorded.add("expired"));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void endsWithReasonsWhenBodyRejectsApplication() {
    ProcessInstance instance = start();
    assertThat(instance).isWaitingAt(RECORD_APPLICATION_REVIEW).hasBusinessKey("ZR-2026-0001");
    assertThat(task(instance)).hasCandidateGroup("quality-center");

    complete(RECORD_APPLICATION_REVIEW, CertificationFixtures.completion(RECORD_APPLICATION_REVIEW,
        Var.APPLICATION_ACCEPTED, false));

    assertThat(instance).isEnded().hasPassed(APPLICATION_REJECTED).hasNotPassed(SIGN_CERTIFICATION_CONTRACT);
    assertThat(recorded).isEmpty();
  }

  @Test
  void correctsDocumentsUntilTheyConformThenPreAudits() {
    ProcessInstance instance = start();
    completeHappy(RECORD_APPLICATION_REVIEW, SIGN_CERTIFICATION_CONTRACT);
    complete(RECORD_DOCUMENT_AUDIT, CertificationFixtures.completion(RECORD_DOCUMENT_AUDIT, Var.DOCUMENTS_CONFORM,
        false));
    assertThat(instance).isWaitingAt(CORRECT_SYSTEM_DOCUMENTS);
    completeHappy(CORRECT_SYSTEM_DOCUMENTS);
    assertThat(instance).isWaitingAt(RECORD_DOCUMENT_AUDIT);
    complete(RECORD_DOCUMENT_AUDIT, CertificationFixtures.completion(RECORD_DOCUMENT_AUDIT, Var.PRE_AUDIT_REQUIRED,
        true));

    assertThat(instance).isWaitingAt(RECORD_PRE_AUDIT);
    completeHappy(RECORD_PRE_AUDIT);
    assertThat(instance).isWaitingAt(RECORD_AUDIT_PLAN);
  }

  @Test
  void checksOnSiteAndTestsInParallelBeforeTheBodyDecides() {
    ProcessInstance instance = start();
    completeHappy(RECORD_APPLICATION_REVIEW, SIGN_CERTIFICATION_CONTRACT, RECORD_DOCUMENT_AUDIT, RECORD_AUDIT_PLAN);

    assertThat(instance).isWaitingAt(ATTEND_ON_SITE_CHECK, RECORD_TEST_PLAN).hasNotPassed(RECORD_PRE_AUDIT);
    completeHappy(ATTEND_ON_SITE_CHECK, RECORD_CHECK_REPORT);
    assertThat(instance).isWaitingAt(RECORD_TEST_PLAN).hasNotPassed(RECORD_CERTIFICATION_DECISION);
    completeHappy(RECORD_TEST_PLAN, ATTEND_ON_SITE_TEST, RECORD_TEST_REPORT);
    assertThat(instance).isWaitingAt(RECORD_CERTIFICATION_DECISION);
  }

  @Test
  void endsWhenBodyRefusesCertification() {
    ProcessInstance instance = runToDecision();
    complete(RECORD_CERTIFICATION_DECISION, CertificationFixtures.completion(RECORD_CERTIFICATION_DECISION,
        Var.CERTIFIED, false));

    assertThat(instance).isEnded().hasPassed(CERTIFICATION_FAILED).hasNotPassed(ISSUE_CERTIFICATE);
    assertThat(recorded).doesNotContain("issued");
  }

  @Test
  void auditsYearlyUntilTheCertificateExpires() {
    ProcessInstance instance = runToDecision();
    completeHappy(RECORD_CERTIFICATION_DECISION);
    executeJob(); // async before issue-certificate

    // issued 2026-03-01, valid to 2029-03-01: surveillance on 2027-03-01 and 2028-03-01, then expiry
    assertThat(instance).isWaitingAt(SURVEILLANCE_DATE_REACHED).variables()
        .containsEntry(Var.CERTIFICATE_NUMBER, "RZ-2026-0001").containsEntry(Var.SURVEILLANCE_ROUND, 1);
    assertThat(timer().getDuedate()).isEqualTo(at(2027, 3, 1));
    for (int round = 1; round <= 2; round++) {
      ClockUtil.setCurrentTime(at(2026 + round, 3, 1));
      executeJob();
      assertThat(instance).isWaitingAt(RECORD_SYSTEM_SURVEILLANCE, RECORD_SERVICE_SURVEILLANCE);
      completeHappy(RECORD_SYSTEM_SURVEILLANCE, RECORD_SERVICE_SURVEILLANCE, RECORD_SURVEILLANCE_DECISION);
      executeJob(); // async before notify-surveillance-decision
    }
    assertThat(instance).isWaitingAt(CERTIFICATE_EXPIRY_REACHED).variables().containsEntry(Var.SURVEILLANCE_ROUND, 3)
        .containsEntry(Var.SURVEILLANCE_DUE, false);
    assertThat(timer().getDuedate()).isEqualTo(at(2029, 3, 1));

    ClockUtil.setCurrentTime(at(2029, 3, 1));
    executeJob();
    executeJob(); // async before expire-certificate

    assertThat(instance).isEnded().hasPassed(EXPIRE_CERTIFICATE, CERTIFICATE_EXPIRED).hasNotPassed(CERTIFICATE_WITHDRAWN);
    assertThat(recorded).containsSubsequence("issued", "decision 1: maintained", "decision 2: maintained", "expired");
  }

  @Test
  void endsWhenSurveillanceWithdrawsTheCertificate() {
    ProcessInstance instance = runToDecision();
    completeHappy(RECORD_CERTIFICATION_DECISION);
    executeJob();
    ClockUtil.setCurrentTime(at(2027, 3, 1));
    executeJob();
    completeHappy(RECORD_SERVICE_SURVEILLANCE, RECORD_SYSTEM_SURVEILLANCE);
    complete(RECORD_SURVEILLANCE_DECISION, CertificationFixtures.completion(RECORD_SURVEILLANCE_DECISION,
        Var.SURVEILLANCE_DECISION, CertificationProcess.WITHDRAWN));
    executeJob();

    assertThat(instance).isEnded().hasPassed(CERTIFICATE_WITHDRAWN).hasNotPassed(CERTIFICATE_EXPIRY_REACHED);
    assertThat(recorded).contains("decision 1: withdrawn").doesNotContain("expired");
  }

  @Test
  void waitsForExpiryWithoutSurveillanceWhenIntervalIsNotShorterThanValidity() {
    SurveillanceSchedule once = new SurveillanceSchedule(
        new QualityProperties(java.time.Period.ofYears(1), java.time.Period.ofYears(1)), ZONE);
    Mocks.register("issueCertificateDelegate", (JavaDelegate) execution -> {
      execution.setVariable(Var.CERTIFICATE_NUMBER, "RZ-2026-0002");
      execution.setVariables(once.variablesAfter(LocalDate.parse(CertificationFixtures.ISSUE_DATE), 0));
    });
    ProcessInstance instance = runToDecision();
    completeHappy(RECORD_CERTIFICATION_DECISION);
    executeJob();

    assertThat(instance).isWaitingAt(CERTIFICATE_EXPIRY_REACHED).hasNotPassed(SURVEILLANCE_DATE_REACHED);
    assertThat(timer().getDuedate()).isEqualTo(at(2027, 3, 1));
  }

  private ProcessInstance runToDecision() {
    ProcessInstance instance = start();
    completeHappy(RECORD_APPLICATION_REVIEW, SIGN_CERTIFICATION_CONTRACT, RECORD_DOCUMENT_AUDIT, RECORD_AUDIT_PLAN,
        ATTEND_ON_SITE_CHECK, RECORD_CHECK_REPORT, RECORD_TEST_PLAN, ATTEND_ON_SITE_TEST, RECORD_TEST_REPORT);
    assertThat(instance).isWaitingAt(RECORD_CERTIFICATION_DECISION);
    return instance;
  }

  private ProcessInstance start() {
    return processEngine().getRuntimeService().startProcessInstanceByKey(CertificationProcess.KEY,
        CertificationFixtures.startVariables());
  }

  private void completeHappy(String... taskKeys) {
    EngineSteps.completeAll(processEngine(), CertificationFixtures::completion, taskKeys);
  }

  private void complete(String taskKey, Map<String, Object> variables) {
    EngineSteps.complete(processEngine(), taskKey, variables);
  }

  private Job timer() {
    return processEngine().getManagementService().createJobQuery().timers().singleResult();
  }

  private void executeJob() {
    EngineSteps.executeJob(processEngine());
  }

  private static LocalDate issueDate(Object value) {
    return LocalDate.parse(value.toString());
  }

  private static Date at(int year, int month, int day) {
    return Date.from(ZonedDateTime.of(year, month, day, 0, 0, 0, 0, ZONE).toInstant());
  }

  private ProcessEngine processEngine() {
    return engine.getProcessEngine();
  }
}
