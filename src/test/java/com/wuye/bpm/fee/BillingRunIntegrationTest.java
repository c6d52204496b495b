package com.wuye.bpm.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.wuye.bpm.support.SpringIntegrationTest;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Billing runs through the REST API: idempotent re-runs, resuming after a failure in the middle of a chunk. */
class BillingRunIntegrationTest extends SpringIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired BillingRunService billingRuns;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void createsOneBillAndOneInstancePerUnitAndNothingTwiceWhenRunAgain() throws Exception {
    FeeTestEstate estate = FeeTestEstate.create(jdbc, 4);
    YearMonth period = FeeTestEstate.freshPeriod();

    ResponseEntity<Map> accepted = start(period);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(accepted.getHeaders().getLocation()).hasPath("/api/billing-runs/" + period);
    Map<String, Object> first = awaitEnd(period);
    assertThat(first).containsEntry("status", "COMPLETED");
    long created = ((Number) first.get("billsCreated")).longValue();
    assertThat(created).isEqualTo(((Number) first.get("instancesStarted")).longValue())
        .isGreaterThanOrEqualTo(estate.unitCodes().size());
    assertBilledOnce(estate, period);
    assertStartedLean(estate.bill(period, 0), period);

    start(period);
    Map<String, Object> second = awaitEnd(period);
    assertThat(second).containsEntry("status", "COMPLETED").containsEntry("billsCreated", (int) created);
    assertBilledOnce(estate, period);
  }

  @Test
  void resumesAfterAFailureInTheMiddleOfAChunk() throws Exception {
    FeeTestEstate estate = FeeTestEstate.create(jdbc, 5);
    String broken = estate.unitCodes().get(2);
    jdbc.update("update unit set area = null where code = ?", broken);
    YearMonth period = FeeTestEstate.freshPeriod();
    try {
      start(period);
      Map<String, Object> failed = awaitEnd(period);
      assertThat(failed).containsEntry("status", "FAILED");
      assertThat((String) failed.get("error")).contains(broken);
      assertThat(bills(estate, period)).isZero();
    } finally {
      jdbc.update("update unit set area = 100.00 where code = ?", broken);
    }

    start(period);
    assertThat(awaitEnd(period)).containsEntry("status", "COMPLETED");
    assertBilledOnce(estate, period);
  }

  /**
   * Billing periods run from the first billable month (by default the month the first household moved in) to
   * next month: {@code 0000-01} would bill every household and send each its letters at once. Refused with 400,
   * nothing written.
   */
  @Test
  void refusesAPeriodBeforeTheFirstBillableMonthOrAfterNextMonth() {
    YearMonth now = YearMonth.now(FeeFixtures.ZONE);
    int runs = count("billing_run");
    int bills = count("fee_bill");
    int instances = (int) processEngine.getRuntimeService().createProcessInstanceQuery().count();

    for (YearMonth period : List.of(YearMonth.of(0, 1), billingRuns.firstPeriod().minusMonths(1), now.plusMonths(2),
        YearMonth.of(9999, 12))) {
      ResponseEntity<Map> refused = rest.withBasicAuth("caiwu", "demo").postForEntity("/api/billing-runs",
          Map.of("period", period.toString()), Map.class);
      assertThat(refused.getStatusCode()).as(period.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(refused.getBody()).containsEntry("field", "period");
    }

    assertThat(count("billing_run")).isEqualTo(runs);
    assertThat(count("fee_bill")).isEqualTo(bills);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(billingRuns.firstPeriod()).isEqualTo(YearMonth.from(
        jdbc.queryForObject("select min(moved_in_on) from household", java.time.LocalDate.class)));
  }

  @Test
  void refusesABadPeriodWith400AndAnUnknownRunWith404() {
    ResponseEntity<Map> bad = rest.withBasicAuth("caiwu", "demo").postForEntity("/api/billing-runs",
        Map.of("period", "2027-13"), Map.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(bad.getBody()).containsEntry("field", "period");
    assertThat(rest.withBasicAuth("caiwu", "demo").postForEntity("/api/billing-runs", Map.of("period", "27-2"),
        Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rest.withBasicAuth("caiwu", "demo").getForEntity("/api/billing-runs/1999-01", Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  /** Starts the period's run with the clock in that period: only periods up to next month may be billed. */
  private ResponseEntity<Map> start(YearMonth period) {
    ClockUtil.setCurrentTime(FeeFixtures.at(period, 1, 0, 0));
    return rest.withBasicAuth("caiwu", "demo").postForEntity("/api/billing-runs", Map.of("period", period.toString()),
        Map.class);
  }

  /** Polls the run until it is no longer RUNNING (the run goes on in the background; a busy CI machine is slow). */
  private Map<String, Object> awaitEnd(YearMonth period) throws InterruptedException {
    for (int i = 0; i < 3000; i++) {
      Map<String, Object> run = rest.withBasicAuth("caiwu", "demo")
          .getForEntity("/api/billing-runs/" + period, Map.class).getBody();
      if (!"RUNNING".equals(run.get("status"))) {
        return run;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("billing run " + period + " still running after 10 minutes");
  }

  private void assertBilledOnce(FeeTestEstate estate, YearMonth period) {
    for (int unit = 0; unit < estate.unitCodes().size(); unit++) {
      String number = estate.bill(period, unit);
      assertThat(jdbc.queryForObject("select count(*) from fee_bill where number = ? and process_instance_id is not null",
          Integer.class, number)).as(number).isOne();
      assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
          .count()).as(number).isOne();
      assertThat(jdbc.queryForObject("""
          select count(*) from dunning_notice n join fee_bill b on b.id = n.bill_id where b.number = ?""",
          Integer.class, number)).as(number).isOne();
    }
  }

  /** An instance carries its bill and period only; its first timer falls due at 00:00 on the 16th, Shanghai. */
  private void assertStartedLean(String number, YearMonth period) {
    String instance = processEngine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(number).singleResult().getId();
    assertThat(processEngine.getRuntimeService().getVariables(instance))
        .containsOnly(entry(FeeDunningProcess.Var.BILL_NUMBER, number), entry(FeeDunningProcess.Var.PERIOD,
            period.toString()));
    assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(instance).timers()
        .singleResult().getDuedate()).isEqualTo(FeeFixtures.at(period, 16, 0, 0));
  }

  private int bills(FeeTestEstate estate, YearMonth period) {
    return jdbc.queryForObject("select count(*) from fee_bill where period = ? and number like ?", Integer.class,
        period.toString(), "FB-%-" + estate.code() + "-%");
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }
}
