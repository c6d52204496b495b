package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerCallbackProcess.Element.*;
import static com.wuye.bpm.service.OwnerCallbackProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.support.ApiClient;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * owner-callback with its real delegates: the plan drawn from the complaint and repair records, the visit, the
 * reviewed 《回访业主记录表》, the statistics and the case file.
 */
class OwnerCallbackIntegrationTest extends ServiceFlowTest {

  private static final AtomicInteger CASES = new AtomicInteger();

  @Autowired OwnerCallbackService callbacks;
  @Autowired CallbackProperties settings;
  @Autowired Clock clock;

  private Staff supervisor;

  @BeforeEach
  void supervisor() {
    supervisor = new Staff(processEngine, "kefu-zhuguan", "customer-service-supervisor");
  }

  @Test
  void plansTheMostRecurringUnitAndCompletesTheCallbackTheSupervisorAccepts() {
    String unit = recurringUnit();

    ResponseEntity<Map> planned = api.post("kefu", CallbackController.PATH, Map.of());

    assertThat(planned.getStatusCode().value()).as("%s", planned.getBody()).isEqualTo(201);
    String number = (String) planned.getBody().get("number");
    assertThat(number).matches("HF-\\d{4}-\\d{6}");
    Map<String, Object> row = jdbc.queryForMap("select * from owner_callback where number = ?", number);
    assertThat(row).containsEntry("UNIT_CODE", unit).containsEntry("STATUS", "PLANNED")
        .containsEntry("PLANNED_BY", "kefu").containsEntry("WINDOW_MONTHS", settings.windowMonths());
    int complaints = (Integer) row.get("COMPLAINT_COUNT");
    assertThat(complaints + (Integer) row.get("REPAIR_COUNT")).isGreaterThanOrEqualTo(settings.minProblems());
    String instance = api.instanceOf(number);
    assertThat(runtimeService.getVariable(instance, Var.PROBLEM_SUMMARY)).asString().contains("投诉 " + complaints);

    kefu.complete(instance, APPOINT_CALLBACK, CallbackFixtures.appointment("agreed"));
    supervisor.complete(instance, VISIT_OWNER, CallbackFixtures.visit("pending"));
    kefu.complete(instance, WRITE_CALLBACK_RECORD, CallbackFixtures.record());
    supervisor.complete(instance, REVIEW_CALLBACK_RECORD, CallbackFixtures.review("reject"));
    assertThat(jdbc.queryForObject("select status from owner_callback where number = ?", String.class, number))
        .isEqualTo("RETURNED");
    kefu.complete(instance, WRITE_CALLBACK_RECORD, CallbackFixtures.record());
    supervisor.complete(instance, REVIEW_CALLBACK_RECORD, CallbackFixtures.review("approve"));

    row = jdbc.queryForMap("select * from owner_callback where number = ?", number);
    assertThat(row).containsEntry("STATUS", "COMPLETED").containsEntry("RESOLVED_ON_SITE", false)
        .containsEntry("DEPARTMENTS", "engineering").containsEntry("RETURN_COUNT", 1)
        .containsEntry("VISITED_BY", "kefu-zhuguan").containsEntry("REVIEWED_BY", "kefu-zhuguan")
        .containsEntry("SATISFACTION", "basically-satisfied")
        .containsEntry("AGREED_DATE", Date.valueOf(CallbackFixtures.AGREED_DATE));
    assertThat(row.get("COMPLETED_AT")).isNotNull();
    assertThat(jdbc.queryForList("select step from case_step where business_key = ? order by id", String.class,
        number)).containsExactly(APPOINT_CALLBACK, VISIT_OWNER, WRITE_CALLBACK_RECORD, REVIEW_CALLBACK_RECORD,
        WRITE_CALLBACK_RECORD, REVIEW_CALLBACK_RECORD);
    assertThat(callbacks.candidates()).extracting(RecurringProblem::unit).doesNotContain(unit);
    Map<String, Object> statistics = ApiClient.as(rest, "jingli").get(CallbackController.PATH + "/statistics")
        .getBody();
    assertThat((Map<String, Integer>) statistics.get("byStatus")).containsKey("COMPLETED");
    assertThat(ApiClient.as(rest, "jingli").get(CallbackController.PATH + "/" + number).getBody())
        .containsEntry("statusName", "已完成");
  }

  @Test
  void keepsTheReasonWhenTheOwnerDeclinesTheCallback() {
    recurringUnit();
    String number = api.start(CallbackController.PATH, Map.of());
    Map<String, Object> declined = CallbackFixtures.appointment("declined");
    declined.put(Var.APPOINTMENT_NOTE, "业主表示问题已解决，无需上门");

    kefu.complete(api.instanceOf(number), APPOINT_CALLBACK, declined);

    assertThat(jdbc.queryForMap("select status, declined_reason, appointment_at from owner_callback where number = ?",
        number)).containsEntry("STATUS", "DECLINED").containsEntry("DECLINED_REASON", "业主表示问题已解决，无需上门")
        .containsEntry("APPOINTMENT_AT", null);
  }

  @Test
  void refusesAnAppointmentInThePastAndAVisitWithoutAnAgreedDateAndWritesNothing() {
    recurringUnit();
    String number = api.start(CallbackController.PATH, Map.of());
    String instance = api.instanceOf(number);
    Map<String, Object> past = CallbackFixtures.appointment("agreed");
    past.put(Var.APPOINTMENT_AT, "2001-01-01T10:00");

    assertThatThrownBy(() -> kefu.complete(instance, APPOINT_CALLBACK, past))
        .hasRootCauseInstanceOf(BadInputException.class).rootCause().hasMessageContaining(Var.APPOINTMENT_AT);
    assertThat(jdbc.queryForMap("select status, appointment_at from owner_callback where number = ?", number))
        .containsEntry("STATUS", "PLANNED").containsEntry("APPOINTMENT_AT", null);

    kefu.complete(instance, APPOINT_CALLBACK, CallbackFixtures.appointment("agreed"));
    Map<String, Object> noDate = CallbackFixtures.visit("pending");
    noDate.remove(Var.AGREED_DATE);
    noDate.remove(Var.PENDING_ISSUES);
    assertThatThrownBy(() -> supervisor.complete(instance, VISIT_OWNER, noDate))
        .hasRootCauseInstanceOf(BadInputException.class).rootCause().hasMessageContaining(Var.AGREED_DATE)
        .hasMessageContaining(Var.PENDING_ISSUES);
    assertThat(jdbc.queryForMap("select status, owner_questions from owner_callback where number = ?", number))
        .containsEntry("STATUS", "APPOINTED").containsEntry("OWNER_QUESTIONS", null);
    assertThat(jdbc.queryForObject("select count(*) from case_step where business_key = ? and step = ?",
        Integer.class, number, VISIT_OWNER)).isZero();
  }

  @Test
  void refusesACompletionForARecordNotInTheStepsStateAndWritesNothing() {
    recurringUnit();
    String number = api.start(CallbackController.PATH, Map.of());
    jdbc.update("update owner_callback set status = 'COMPLETED' where number = ?", number);

    assertThatThrownBy(() -> kefu.complete(api.instanceOf(number), APPOINT_CALLBACK,
        CallbackFixtures.appointment("agreed"))).hasRootCauseInstanceOf(UnprocessableException.class);
    assertThat(jdbc.queryForObject("select appointment_at from owner_callback where number = ?", Object.class,
        number)).isNull();
  }

  @Test
  void plansOnlyUnitsWithEnoughRecentProblemsAndRefusesToStartWithoutOne() {
    String enough = "HFT-" + CASES.incrementAndGet();
    String tooFew = "HFT-" + CASES.incrementAndGet();
    String tooOld = "HFT-" + CASES.incrementAndGet();
    OffsetDateTime recent = OffsetDateTime.now(clock).minusDays(1);
    OffsetDateTime beforeWindow = OffsetDateTime.now(clock).minusMonths(settings.windowMonths()).minusDays(1);
    problems(enough, settings.minProblems(), recent);
    problems(tooFew, settings.minProblems() - 1, recent);
    problems(tooOld, settings.minProblems() - 1, recent);
    problems(tooOld, 1, beforeWindow);

    assertThat(callbacks.candidates()).extracting(RecurringProblem::unit).contains(enough)
        .doesNotContain(tooFew, tooOld);

    int before = jdbc.queryForObject("select count(*) from owner_callback", Integer.class);
    long instances = runtimeService.createProcessInstanceQuery().count();
    ResponseEntity<Map> refused = api.post("baoan", CallbackController.PATH, Map.of());
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    ClockUtil.setCurrentTime(java.util.Date.from(OffsetDateTime.now().plusYears(20).toInstant()));
    try {
      ResponseEntity<Map> nothing = api.post("kefu", CallbackController.PATH, Map.of());
      assertThat(nothing.getStatusCode().value()).isEqualTo(422);
    } finally {
      ClockUtil.reset();
    }
    assertThat(jdbc.queryForObject("select count(*) from owner_callback", Integer.class)).isEqualTo(before);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(ApiClient.as(rest, "guanjia").get(CallbackController.PATH + "/candidates").getStatusCode().value())
        .isEqualTo(403);
  }

  /** A unit with more complaints and repairs this week than any unit the plan could take now. */
  private String recurringUnit() {
    String unit = "HFT-" + CASES.incrementAndGet();
    int most = callbacks.candidates().stream().mapToInt(RecurringProblem::total).max().orElse(0);
    int cases = Math.max(most + 1, settings.minProblems());
    OffsetDateTime recent = OffsetDateTime.now(clock).minusDays(1);
    problems(unit, cases / 2, recent);
    repairs(unit, cases - cases / 2, recent);
    return unit;
  }

  private void problems(String unit, int complaints, OffsetDateTime receivedAt) {
    for (int i = 0; i < complaints; i++) {
      jdbc.update("insert into complaint (number, owner_name, unit, phone, channel, category, description, urgent, "
          + "status, received_at) values (?, '王先生', ?, '13900000001', 'phone', 'facility', '卫生间渗水', false, "
          + "'CLOSED', ?)", "TS-" + unit + "-" + i + "-" + receivedAt.toEpochSecond() % 1000, unit, receivedAt);
    }
  }

  private void repairs(String unit, int repairs, OffsetDateTime receivedAt) {
    for (int i = 0; i < repairs; i++) {
      jdbc.update("insert into repair_request (number, unit_code, reporter_name, phone, channel, category, location, "
          + "description, urgent, received_at, status) values (?, ?, '王先生', '13900000001', 'phone', 'plumbing', "
          + "'indoor', '卫生间渗水', false, ?, 'CLOSED')", "TB-" + unit + "-" + i, unit, receivedAt);
    }
  }
}
