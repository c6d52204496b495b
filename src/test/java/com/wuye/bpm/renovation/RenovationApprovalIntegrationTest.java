package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.RenovationApprovalProcess.Element.*;
import static com.wuye.bpm.renovation.RenovationApprovalProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.wuye.bpm.engine.WorkingDayCalendar;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.support.EngineSteps;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * renovation-approval with the real delegates on the database: applied through the REST API, checked, inspected,
 * approved, paid, permitted, inspected on completion, refunded less a deduction; and the REST answers to bad
 * input, which start nothing.
 */
class RenovationApprovalIntegrationTest extends SpringIntegrationTest {

  private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired RenovationService renovations;
  @Autowired NoticeService notices;
  @Autowired WorkingDayCalendar workingDays;

  @Test
  void recordsPermitMoneyAndRefundLessDeduction() {
    String unit = RenovationTestUnits.newUnit(jdbc);
    ResponseEntity<Map<String, Object>> created = apply(RenovationFixtures.structural(unit));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) created.getBody().get("number");
    assertThat(number).matches("ZXSQ-\\d{4}-\\d{5}");
    assertThat(created.getHeaders().getLocation()).hasPath("/api/renovations/" + number);
    String instanceId = (String) created.getBody().get("processInstanceId");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
        .getBusinessKey()).isEqualTo(number);

    EngineSteps.complete(processEngine, instanceId, CHECK_DOCUMENTS, RenovationFixtures.happyAnswers(CHECK_DOCUMENTS));
    Renovation accepted = renovations.get(number);
    assertThat(accepted.status()).isEqualTo(RenovationStatus.ACCEPTED);
    assertThat(accepted.deposit()).isEqualByComparingTo("5000.00");
    assertThat(accepted.garbageFee()).isEqualByComparingTo("500.00");
    assertThat(accepted.engineeringInspection()).isTrue();
    Job deadline = managementService.createJobQuery().processInstanceId(instanceId).timers().singleResult();
    assertThat(deadline.getDuedate()).isEqualTo(workingDays.after(Date.from(accepted.acceptedAt().toInstant()), 3));

    EngineSteps.complete(processEngine, instanceId, INSPECT_FACILITIES, RenovationFixtures.happyAnswers(INSPECT_FACILITIES));
    EngineSteps.complete(processEngine, instanceId, APPROVE_RENOVATION, RenovationFixtures.happyAnswers(APPROVE_RENOVATION));
    EngineSteps.complete(processEngine, instanceId, COLLECT_FEES, RenovationFixtures.happyAnswers(COLLECT_FEES));
    EngineSteps.runAsyncJobs(processEngine, instanceId);

    Renovation permitted = renovations.get(number);
    RenovationPermit permit = renovations.permitOf(permitted);
    assertThat(permitted.status()).isEqualTo(RenovationStatus.PERMITTED);
    assertThat(permit.number()).matches("ZX-\\d{4}-\\d{5}");
    assertThat(permit.validUntil()).isEqualTo(LocalDate.of(2026, 5, 29));
    assertThat(runtimeService.getVariable(instanceId, Var.PERMIT_NUMBER)).isEqualTo(permit.number());

    EngineSteps.complete(processEngine, instanceId, REGISTER_COMPLETION, Map.of(Var.COMPLETED_ON, LocalDate.now().toString()));
    Map<String, Object> inspection = new HashMap<>(Map.of(Var.COMPLETION_FINDINGS, "楼道墙面划伤一处",
        Var.DEDUCTION, 800, Var.DEDUCTION_REASON, "修补楼道墙面"));
    EngineSteps.complete(processEngine, instanceId, INSPECT_COMPLETION, inspection);
    assertThat(runtimeService.getVariable(instanceId, Var.REFUND_AMOUNT)).isEqualTo(4200.0);
    EngineSteps.complete(processEngine, instanceId, REFUND_DEPOSIT, RenovationFixtures.happyAnswers(REFUND_DEPOSIT));
    EngineSteps.runAsyncJobs(processEngine, instanceId);

    Renovation closed = renovations.get(number);
    assertThat(closed.status()).isEqualTo(RenovationStatus.CLOSED);
    assertThat(closed.closedAt()).isNotNull();
    assertThat(renovations.money(closed)).extracting(RenovationMoney::kind, m -> m.amount().setScale(2),
        RenovationMoney::receiptNumber, RenovationMoney::reason).containsExactly(
        tuple(RenovationMoney.DEPOSIT, new BigDecimal("5000.00"), "SJ-0001", null),
        tuple(RenovationMoney.GARBAGE_FEE, new BigDecimal("500.00"), "SJ-0002", null),
        tuple(RenovationMoney.DEDUCTION, new BigDecimal("800.00"), null, "修补楼道墙面"),
        tuple(RenovationMoney.REFUND, new BigDecimal("4200.00"), "TK-0001", null));
    assertThat(renovations.history(closed)).extracting(RenovationStep::step).containsExactly(CHECK_DOCUMENTS,
        INSPECT_FACILITIES, APPROVE_RENOVATION, COLLECT_FEES, REGISTER_COMPLETION, INSPECT_COMPLETION,
        REFUND_DEPOSIT);
    assertThat(notices.issuedFor(number)).extracting(Notice::kind)
        .containsExactly("renovation-accepted", "renovation-permit", "renovation-closed");
    assertThat(notices.issuedFor(number).get(2).body()).contains("4200.00");
  }

  @Test
  void recordsWhyAndTellsOwnerWhenEngineeringRejects() {
    String unit = RenovationTestUnits.newUnit(jdbc);
    Map<String, Object> created = apply(RenovationFixtures.finishingOnly(unit)).getBody();
    String instanceId = (String) created.get("processInstanceId");
    EngineSteps.complete(processEngine, instanceId, CHECK_DOCUMENTS, RenovationFixtures.happyAnswers(CHECK_DOCUMENTS));
    EngineSteps.complete(processEngine, instanceId, APPROVE_RENOVATION, Map.of(Var.APPROVED, false, Var.REJECTION_REASON, "施工时间与邻居装修冲突"));
    EngineSteps.runAsyncJobs(processEngine, instanceId);

    Renovation rejected = renovations.get((String) created.get("number"));
    assertThat(rejected.status()).isEqualTo(RenovationStatus.REJECTED);
    assertThat(rejected.rejectionReason()).isEqualTo("施工时间与邻居装修冲突");
    assertThat(notices.issuedFor(rejected.number())).extracting(Notice::kind)
        .containsExactly("renovation-accepted", "renovation-rejected");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
  }

  @Test
  void keepsTheTaskOpenWhenApprovalHasNoReasonOrDeductionExceedsDeposit() {
    String instanceId = (String) apply(RenovationFixtures.finishingOnly(RenovationTestUnits.newUnit(jdbc))).getBody()
        .get("processInstanceId");
    EngineSteps.complete(processEngine, instanceId, CHECK_DOCUMENTS, RenovationFixtures.happyAnswers(CHECK_DOCUMENTS));
    Task approval = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(approval.getId(),
        Map.of(Var.APPROVED, false))).hasMessageContaining(Var.REJECTION_REASON);
    assertThat(taskService.createTaskQuery().taskId(approval.getId()).count()).isOne();
  }

  @Test
  void answers404ForUnknownUnitAndStartsNothing() {
    String unit = RenovationTestUnits.unknownUnit();
    ResponseEntity<Map<String, Object>> response = apply(RenovationFixtures.finishingOnly(unit));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat((String) response.getBody().get("detail")).contains(unit);
    assertNothingStartedFor(unit);
  }

  @Test
  void answers400WhenEndIsBeforeStart() {
    String unit = RenovationTestUnits.newUnit(jdbc);
    RenovationApplication good = RenovationFixtures.finishingOnly(unit);
    RenovationApplication backwards = new RenovationApplication(unit, good.ownerName(), good.ownerPhone(),
        good.contractorName(), good.contractorPhone(), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30),
        false, false, good.areaSqm(), good.description(), good.documents());

    ResponseEntity<Map<String, Object>> response = apply(backwards);

    assertProblem(response, HttpStatus.BAD_REQUEST, Var.PLANNED_END);
    assertNothingStartedFor(unit);
  }

  @Test
  void answers400ForNegativeArea() {
    String unit = RenovationTestUnits.newUnit(jdbc);
    ResponseEntity<Map<String, Object>> response =
        apply(RenovationFixtures.application(unit, false, true, new BigDecimal("-12")));

    assertProblem(response, HttpStatus.BAD_REQUEST, Var.AREA_SQM);
    assertNothingStartedFor(unit);
  }

  @Test
  void answers400NamingEveryMissingField() {
    ResponseEntity<Map<String, Object>> response = rest.withBasicAuth("kefu", "demo").exchange("/api/renovations",
        HttpMethod.POST, new HttpEntity<>(Map.of("areaSqm", 80)), JSON);

    assertProblem(response, HttpStatus.BAD_REQUEST, Var.UNIT);
    assertThat(response.getBody().get("errors").toString()).contains(Var.OWNER_NAME, Var.PLANNED_START,
        Var.STRUCTURAL_CHANGE, Var.DESCRIPTION);
  }

  @Test
  void answers400ForMalformedDate() {
    ResponseEntity<Map<String, Object>> response = rest.withBasicAuth("kefu", "demo").exchange("/api/renovations",
        HttpMethod.POST, new HttpEntity<>(Map.of("plannedStart", "next monday")), JSON);

    assertProblem(response, HttpStatus.BAD_REQUEST, Var.PLANNED_START);
  }

  @Test
  void refusesStaffOutsideCustomerService() {
    String unit = RenovationTestUnits.newUnit(jdbc);
    ResponseEntity<Map<String, Object>> response = rest.withBasicAuth("gongcheng", "demo").exchange(
        "/api/renovations", HttpMethod.POST, new HttpEntity<>(RenovationFixtures.finishingOnly(unit)), JSON);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertNothingStartedFor(unit);
  }

  @Test
  void showsAnApplicationAndAnswers404ForAnUnknownOne() {
    String number = (String) apply(RenovationFixtures.finishingOnly(RenovationTestUnits.newUnit(jdbc))).getBody()
        .get("number");
    ResponseEntity<Map<String, Object>> shown = rest.withBasicAuth("kefu", "demo")
        .exchange("/api/renovations/" + number, HttpMethod.GET, null, JSON);
    assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(shown.getBody()).containsEntry("status", "APPLIED").containsEntry("ownerName", "王芳");

    ResponseEntity<Map<String, Object>> unknown = rest.withBasicAuth("kefu", "demo")
        .exchange("/api/renovations/ZXSQ-1999-00001", HttpMethod.GET, null, JSON);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private ResponseEntity<Map<String, Object>> apply(RenovationApplication application) {
    return rest.withBasicAuth("kefu", "demo").exchange("/api/renovations", HttpMethod.POST,
        new HttpEntity<>(application), JSON);
  }

  private void assertProblem(ResponseEntity<Map<String, Object>> response, HttpStatus status, String field) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody()).containsEntry("field", field);
  }

  private void assertNothingStartedFor(String unit) {
    assertThat(jdbc.queryForObject("select count(*) from renovation where unit_code = ?", Integer.class, unit))
        .isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RenovationApprovalProcess.KEY)
        .variableValueEquals(Var.UNIT, unit).count()).isZero();
  }


}
