package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.RenovationApprovalProcess.Element.*;
import static com.wuye.bpm.renovation.RenovationApprovalProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.casefile.CaseStep;
import com.wuye.bpm.engine.WorkingDayCalendar;
import com.wuye.bpm.renovation.RenovationApprovalProcess.Approval;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.support.EngineSteps;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
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
  @Autowired IdentityService identityService;

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
    assertThat(permit.validUntil()).isEqualTo(RenovationFixtures.END);
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
    assertThat(renovations.history(closed)).extracting(CaseStep::step).containsExactly(CHECK_DOCUMENTS,
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
    EngineSteps.complete(processEngine, instanceId, APPROVE_RENOVATION, Map.of(Var.APPROVAL, Approval.REJECT, Var.REJECTION_REASON, "施工时间与邻居装修冲突"));
    EngineSteps.runAsyncJobs(processEngine, instanceId);

    Renovation rejected = renovations.get((String) created.get("number"));
    assertThat(rejected.status()).isEqualTo(RenovationStatus.REJECTED);
    assertThat(rejected.rejectionReason()).isEqualTo("施工时间与邻居装修冲突");
    assertThat(notices.issuedFor(rejected.number())).extracting(Notice::kind)
        .containsExactly("renovation-accepted", "renovation-rejected");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
  }

  /** An approval is an explicit choice, 批准 or 驳回; a rejection needs its reason; nothing else is taken. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no choice                  | approval        |        | ",
      "a checkbox's true          | approval        | true   | ",
      "rejected without a reason  | rejectionReason | reject | "})
  void keepsTheApprovalOpenWithoutAnExplicitChoice(String caseName, String field, String approval, String reason) {
    String number = (String) apply(RenovationFixtures.finishingOnly(RenovationTestUnits.newUnit(jdbc))).getBody()
        .get("number");
    String instanceId = instanceOf(number);
    EngineSteps.complete(processEngine, instanceId, CHECK_DOCUMENTS, RenovationFixtures.happyAnswers(CHECK_DOCUMENTS));
    Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    Map<String, Object> answers = new HashMap<>();
    answers.put(Var.APPROVAL, approval);
    answers.put(Var.REJECTION_REASON, reason);
    int steps = steps(number);

    assertThatThrownBy(() -> taskService.complete(task.getId(), answers))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(field);
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
    assertThat(steps(number)).isEqualTo(steps);
    assertThat(renovations.get(number).status()).isEqualTo(RenovationStatus.ACCEPTED);
  }

  /** Issue 20.2: a completion that sends another application's number writes nothing into either. */
  @Test
  void refusesACompletionThatForgesTheApplicationNumber() {
    String own = (String) apply(RenovationFixtures.finishingOnly(RenovationTestUnits.newUnit(jdbc))).getBody()
        .get("number");
    String other = (String) apply(RenovationFixtures.finishingOnly(RenovationTestUnits.newUnit(jdbc))).getBody()
        .get("number");
    Task check = taskService.createTaskQuery().processInstanceId(instanceOf(own)).singleResult();
    int ownSteps = steps(own);
    int otherSteps = steps(other);
    Map<String, Object> forged = new HashMap<>(RenovationFixtures.happyAnswers(CHECK_DOCUMENTS));
    forged.put(Var.APPLICATION_NUMBER, other);

    assertThatThrownBy(() -> taskService.complete(check.getId(), forged))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.APPLICATION_NUMBER);

    assertThat(steps(own)).isEqualTo(ownSteps);
    assertThat(steps(other)).isEqualTo(otherSteps);
    assertThat(renovations.get(own).status()).isEqualTo(RenovationStatus.APPLIED);
    assertThat(renovations.get(other).status()).isEqualTo(RenovationStatus.APPLIED);
  }

  /**
   * Issue 20.1: the instance of an approved application that was not paid, moved on to 发放装修许可证 (an
   * administrator may), issues no permit and tells the owner nothing.
   */
  @Test
  void refusesAPermitForAnApplicationThatWasNotPaid() {
    String number = (String) apply(RenovationFixtures.finishingOnly(RenovationTestUnits.newUnit(jdbc))).getBody()
        .get("number");
    String instanceId = instanceOf(number);
    EngineSteps.complete(processEngine, instanceId, CHECK_DOCUMENTS, RenovationFixtures.happyAnswers(CHECK_DOCUMENTS));
    EngineSteps.complete(processEngine, instanceId, APPROVE_RENOVATION,
        RenovationFixtures.happyAnswers(APPROVE_RENOVATION));
    int permits = permits();
    int noticesBefore = notices.issuedFor(number).size();

    identityService.setAuthentication("demo", List.of("camunda-admin"));
    runtimeService.createProcessInstanceModification(instanceId).startBeforeActivity(ISSUE_PERMIT).execute();
    identityService.clearAuthentication();
    Job issue = managementService.createJobQuery().processInstanceId(instanceId).messages().singleResult();
    assertThatThrownBy(() -> managementService.executeJob(issue.getId()))
        .isInstanceOf(UnprocessableException.class).hasMessageContaining("未缴纳");

    assertThat(permits()).isEqualTo(permits);
    assertThat(renovations.get(number).status()).isEqualTo(RenovationStatus.APPROVED);
    assertThat(notices.issuedFor(number)).hasSize(noticesBefore);
    runtimeService.deleteProcessInstance(instanceId, "test");
  }

  /**
   * Issue 20.1: an instance started at any later step with an existing application's number (an administrator may
   * start there) changes nothing of that application: it is not the instance's own.
   */
  @ParameterizedTest(name = "started at {0}")
  @ValueSource(strings = {REVIEW_RENOVATION, REQUEST_MISSING_DOCUMENTS, CLOSE_ABANDONED, REJECT_APPLICATION,
      ISSUE_PERMIT, CLOSE_RENOVATION})
  void refusesEveryStepOfAnInstanceStartedInTheMiddle(String activity) {
    String number = (String) apply(RenovationFixtures.finishingOnly(RenovationTestUnits.newUnit(jdbc))).getBody()
        .get("number");
    Map<String, Object> before = jdbc.queryForMap("select * from renovation where number = ?", number);
    int permits = permits();
    int noticesBefore = notices.issuedFor(number).size();
    Map<String, Object> variables = Map.of(Var.STRUCTURAL_CHANGE, false, Var.PLUMBING_OR_ELECTRICAL, false,
        Var.AREA_SQM, 80, Var.ACCEPTED_AT, new Date());

    assertThat(EngineSteps.startAtAsAdministrator(processEngine, RenovationApprovalProcess.KEY, number, activity,
        variables)).isInstanceOf(UnprocessableException.class);

    assertThat(jdbc.queryForMap("select * from renovation where number = ?", number)).isEqualTo(before);
    assertThat(permits()).isEqualTo(permits);
    assertThat(notices.issuedFor(number)).hasSize(noticesBefore);
  }

  @Test
  void answers404ForUnknownUnitAndStartsNothing() {
    String unit = RenovationTestUnits.unknownUnit();
    ResponseEntity<Map<String, Object>> response = refused(() -> apply(RenovationFixtures.finishingOnly(unit)));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat((String) response.getBody().get("detail")).contains(unit);
  }

  /**
   * Issue 20.8: the planned works end not before they start, not before today and at most a year after the start
   * (the permit and the passes are valid until the planned end).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "end before start,               0,  -1",
      "a year and a day,               0, 366",
      "ended yesterday,             -400, 399",
      "in 9999,                        0, 2900000"})
  void answers400ForPlannedDatesOutOfBounds(String caseName, int startInDays, int lengthInDays) {
    String unit = RenovationTestUnits.newUnit(jdbc);
    LocalDate start = LocalDate.now().plusDays(startInDays);
    RenovationApplication application = RenovationFixtures.planned(RenovationFixtures.finishingOnly(unit), start,
        start.plusDays(lengthInDays));

    assertProblem(refused(() -> apply(application)), HttpStatus.BAD_REQUEST, Var.PLANNED_END);
  }

  @Test
  void acceptsWorksOfExactlyAYearEndingToday() {
    String unit = RenovationTestUnits.newUnit(jdbc);
    LocalDate today = LocalDate.now();
    assertThat(apply(RenovationFixtures.planned(RenovationFixtures.finishingOnly(unit), today.minusYears(1), today))
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String another = RenovationTestUnits.newUnit(jdbc);
    assertThat(apply(RenovationFixtures.planned(RenovationFixtures.finishingOnly(another), today.plusDays(1),
        today.plusDays(1).plusYears(1))).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void answers400ForNegativeArea() {
    String unit = RenovationTestUnits.newUnit(jdbc);
    ResponseEntity<Map<String, Object>> response =
        refused(() -> apply(RenovationFixtures.application(unit, false, true, new BigDecimal("-12"))));

    assertProblem(response, HttpStatus.BAD_REQUEST, Var.AREA_SQM);
  }

  @Test
  void answers400NamingEveryMissingField() {
    ResponseEntity<Map<String, Object>> response = refused(() -> rest.withBasicAuth("kefu", "demo").exchange(
        "/api/renovations", HttpMethod.POST, new HttpEntity<>(Map.of("areaSqm", 80)), JSON));

    assertProblem(response, HttpStatus.BAD_REQUEST, Var.UNIT);
    assertThat(response.getBody().get("errors").toString()).contains(Var.OWNER_NAME, Var.PLANNED_START,
        Var.STRUCTURAL_CHANGE, Var.DESCRIPTION);
  }

  @Test
  void answers400ForMalformedDate() {
    ResponseEntity<Map<String, Object>> response = refused(() -> rest.withBasicAuth("kefu", "demo").exchange(
        "/api/renovations", HttpMethod.POST, new HttpEntity<>(Map.of("plannedStart", "next monday")), JSON));

    assertProblem(response, HttpStatus.BAD_REQUEST, Var.PLANNED_START);
  }

  /** The model's starter groups decide who may start renovation-approval, through /api as in Tasklist. */
  @Test
  void refusesStaffOutsideCustomerService() {
    String unit = RenovationTestUnits.newUnit(jdbc);
    ResponseEntity<Map<String, Object>> response = refused(() -> rest.withBasicAuth("gongcheng", "demo").exchange(
        "/api/renovations", HttpMethod.POST, new HttpEntity<>(RenovationFixtures.finishingOnly(unit)), JSON));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  /** Issue 20.5: the groups that work on an application and the managers read it; nobody else. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"kefu, 200", "gongcheng, 200", "gongcheng-zhuguan, 200", "caiwu, 200", "jingli, 200",
      "zongjingli, 200", "demo, 200", "baoan, 403", "guanjia, 403", "pinzhi, 403", "liucheng, 403"})
  void answersOnlyTheGroupsWorkingOnTheApplication(String user, int status) {
    String number = (String) apply(RenovationFixtures.finishingOnly(RenovationTestUnits.newUnit(jdbc))).getBody()
        .get("number");

    ResponseEntity<Map<String, Object>> response = rest.withBasicAuth(user, "demo")
        .exchange("/api/renovations/" + number, HttpMethod.GET, null, JSON);

    assertThat(response.getStatusCode().value()).isEqualTo(status);
    if (status == 403) {
      assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(response.getBody()).doesNotContainKeys("ownerName", "history");
    } else {
      assertThat(response.getBody()).containsEntry("number", number);
    }
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

  /** Sends the request, counting applications and instances before it: a refused request writes nothing. */
  private ResponseEntity<Map<String, Object>> refused(Supplier<ResponseEntity<Map<String, Object>>> request) {
    int applications = jdbc.queryForObject("select count(*) from renovation", Integer.class);
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(RenovationApprovalProcess.KEY)
        .count();
    ResponseEntity<Map<String, Object>> response = request.get();
    assertThat(response.getStatusCode().is4xxClientError()).as("refused: %s", response.getStatusCode()).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from renovation", Integer.class)).isEqualTo(applications);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(RenovationApprovalProcess.KEY)
        .count()).isEqualTo(instances);
    return response;
  }

  private String instanceOf(String number) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
  }

  private int steps(String number) {
    return jdbc.queryForObject("select count(*) from case_step where business_key = ?", Integer.class, number);
  }

  private int permits() {
    return jdbc.queryForObject("select count(*) from renovation_permit", Integer.class);
  }


}
