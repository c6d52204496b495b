package com.wuye.bpm.kpi;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Element.*;
import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.complaint.ComplaintHandlingProcess.Satisfaction;
import com.wuye.bpm.fee.BillingRunService;
import com.wuye.bpm.fee.PaymentRequest;
import com.wuye.bpm.fee.PaymentService;
import com.wuye.bpm.support.ApiClient;
import com.wuye.bpm.support.EngineSteps;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 经营指标 from records made through the flows, each figure checked, with the engine's clock moved to a day no
 * other test uses (so the period holds only this test's records).
 */
class KpiApiIntegrationTest extends SpringIntegrationTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identityService;
  @Autowired BillingRunService billingRuns;
  @Autowired PaymentService payments;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  /**
   * Three complaints on one day: one acknowledged exactly at its response limit (in time), closed after a satisfied
   * callback; one acknowledged a second past the limit, called back unsatisfied and reopened; one not acknowledged.
   * A fourth received at midnight after the day belongs to the next day only.
   */
  @Test
  void countsComplaintResponsesInTimeAtTheLimitAndCallbacks() {
    LocalDate day = freshDay();
    ZonedDateTime morning = day.atTime(9, 0).atZone(ZONE);

    at(morning);
    Map<String, Object> inTime = receive("repair-delay", false);
    int limit = ((Number) inTime.get("responseMinutes")).intValue();
    String inTimeInstance = (String) inTime.get("processInstanceId");
    Map<String, Object> late = receive("facility", false);
    String lateInstance = (String) late.get("processInstanceId");
    assertThat(((Number) late.get("responseMinutes")).intValue()).isEqualTo(limit);
    receive("sanitation", false);

    at(morning.plusMinutes(limit));
    complete("gongcheng", "engineering", inTimeInstance, ACKNOWLEDGE_COMPLAINT, Map.of(Var.INVESTIGATION, "到场查看"));
    at(morning.plusMinutes(limit).plusSeconds(1));
    complete("gongcheng", "engineering", lateInstance, ACKNOWLEDGE_COMPLAINT, Map.of(Var.INVESTIGATION, "到场查看"));
    at(morning.plusHours(3));
    for (String instance : List.of(inTimeInstance, lateInstance)) {
      complete("gongcheng", "engineering", instance, HANDLE_COMPLAINT, Map.of(Var.HANDLING_ACTION, "已维修"));
      complete("kefu", "customer-service", instance, RECORD_HANDLING_RESULT, Map.of(Var.HANDLING_RESULT, "已修复"));
    }
    at(morning.plusHours(6));
    complete("gongcheng", "engineering", inTimeInstance, CALLBACK,
        Map.of(Var.SATISFACTION, Satisfaction.SATISFIED, Var.CALLBACK_NOTE, "业主满意"));
    complete("gongcheng", "engineering", lateInstance, CALLBACK,
        Map.of(Var.SATISFACTION, Satisfaction.NOT_SATISFIED, Var.CALLBACK_NOTE, "仍有渗水"));
    at(day.plusDays(1).atStartOfDay(ZONE));
    receive("noise", false);

    Map<String, Object> figures = kpis("jingli", "/api/kpis/complaints?from=" + day + "&to=" + day).getBody();
    assertThat(figures).containsEntry("from", day.toString()).containsEntry("to", day.toString())
        .containsEntry("received", 3).containsEntry("respondedInTime", 1).containsEntry("responseRate", 0.3333)
        .containsEntry("avgResolutionHours", 6.0).containsEntry("callbacks", 2).containsEntry("satisfied", 1)
        .containsEntry("satisfactionRate", 0.5).containsEntry("reopened", 1);
    assertThat(((Number) figures.get("avgResponseMinutes")).doubleValue())
        .isEqualTo(Math.round((limit * 60 * 2 + 1) / 2.0 / 60 * 100) / 100.0);
    assertThat(group(figures, "byResponsibleGroup", "engineering")).containsEntry("name", "工程服务部")
        .containsEntry("received", 2).containsEntry("respondedInTime", 1).containsEntry("responseRate", 0.5);
    assertThat(group(figures, "byResponsibleGroup", "housekeeping")).containsEntry("received", 1)
        .containsEntry("respondedInTime", 0).containsEntry("responseRate", 0.0).containsEntry("callbacks", 0)
        .containsEntry("satisfactionRate", 0.0);
    assertThat(group(figures, "byCategory", "repair-delay")).containsEntry("received", 1)
        .containsEntry("satisfied", 1).containsEntry("satisfactionRate", 1.0);
    assertThat(group(figures, "byCategory", "facility")).containsEntry("reopened", 1)
        .containsEntry("satisfactionRate", 0.0);
    assertThat((List<?>) figures.get("byCategory")).hasSize(3);

    Map<String, Object> twoDays = kpis("zongjingli", "/api/kpis/complaints?from=" + day + "&to=" + day.plusDays(1))
        .getBody();
    assertThat(twoDays).containsEntry("received", 4).containsEntry("respondedInTime", 1)
        .containsEntry("responseRate", 0.25);
  }

  @Test
  void answersZerosForAPeriodWithoutComplaints() {
    LocalDate day = freshDay();
    Map<String, Object> figures = kpis("pinzhi-jingli", "/api/kpis/complaints?from=" + day + "&to=" + day)
        .getBody();
    assertThat(figures).containsEntry("received", 0).containsEntry("respondedInTime", 0)
        .containsEntry("responseRate", 0.0).containsEntry("avgResponseMinutes", 0.0)
        .containsEntry("avgResolutionHours", 0.0).containsEntry("callbacks", 0).containsEntry("satisfactionRate", 0.0)
        .containsEntry("reopened", 0);
    assertThat((List<?>) figures.get("byCategory")).isEmpty();
  }

  /** A month of one fresh estate: one bill paid in full, one paid in part, one not paid. */
  @Test
  void countsBillsPaidInFullAndAmountsPerEstateAndStage() {
    YearMonth period = freshPeriod();
    String estate = createEstate(3);
    billingRuns.prepare(period);
    billingRuns.run(period);
    ClockUtil.setCurrentTime(Date.from(period.atDay(5).atTime(10, 0).atZone(ZONE).toInstant()));
    payments.pay(bill(period, estate, 1), new PaymentRequest(new BigDecimal("250.00"), "cash", "R-1"),
        "kpi-" + estate + "-1", "caiwu");
    payments.pay(bill(period, estate, 2), new PaymentRequest(new BigDecimal("100.00"), "cash", "R-2"),
        "kpi-" + estate + "-2", "caiwu");

    Map<String, Object> figures = kpis("jingli", "/api/kpis/fees?period=" + period + "&estate=" + estate)
        .getBody();
    assertThat(figures).containsEntry("period", period.toString()).containsEntry("estate", estate)
        .containsEntry("billed", 3).containsEntry("billedAmount", 750.0).containsEntry("paid", 1)
        .containsEntry("paidAmount", 350.0).containsEntry("collectionRate", 0.3333)
        .containsEntry("amountRate", 0.4667).containsEntry("householdsSuspended", 0);
    assertThat(stages(figures)).containsEntry("payment-notice", 2).containsEntry("settled", 1)
        .containsEntry("reminder", 0);
    List<Map<String, Object>> estates = (List<Map<String, Object>>) figures.get("byEstate");
    assertThat(estates).singleElement().satisfies(e -> assertThat(e).containsEntry("estate", estate)
        .containsEntry("estateName", "指标花园" + estate).containsEntry("billed", 3)
        .containsEntry("collectionRate", 0.3333));

    Map<String, Object> all = kpis("jingli", "/api/kpis/fees?period=" + period).getBody();
    assertThat((List<Map<String, Object>>) all.get("byEstate"))
        .anySatisfy(e -> assertThat(e).containsEntry("estate", estate).containsEntry("paid", 1));
    assertThat(((Number) all.get("billed")).intValue()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void answersZerosForAMonthWithoutBills() {
    String estate = createEstate(1);
    Map<String, Object> figures = kpis("jingli", "/api/kpis/fees?period=" + freshPeriod() + "&estate=" + estate)
        .getBody();
    assertThat(figures).containsEntry("billed", 0).containsEntry("billedAmount", 0.0).containsEntry("paid", 0)
        .containsEntry("collectionRate", 0.0).containsEntry("amountRate", 0.0);
    assertThat(stages(figures)).allSatisfy((stage, bills) -> assertThat(bills).isEqualTo(0));
    assertThat((List<?>) figures.get("byEstate")).isEmpty();
  }

  /** The acknowledgement is due at the response limit: overdue one second later, not at the limit itself. */
  @Test
  void listsATaskAsOverdueOnlyAfterItsDueDate() {
    ZonedDateTime received = freshDay().atTime(9, 0).atZone(ZONE);
    at(received);
    Map<String, Object> complaint = receive("repair-delay", false);
    int limit = ((Number) complaint.get("responseMinutes")).intValue();

    at(received.plusMinutes(limit));
    Map<String, Object> atLimit = engineering(kpis("jingli", "/api/kpis/overdue").getBody());
    at(received.plusMinutes(limit).plusSeconds(1));
    Map<String, Object> after = engineering(kpis("jingli", "/api/kpis/overdue").getBody());

    long before = atLimit == null ? 0 : ((Number) atLimit.get("overdue")).longValue();
    assertThat(((Number) after.get("overdue")).longValue()).isEqualTo(before + 1);
    assertThat(after).containsEntry("groupName", "工程服务部");
    Map<String, Object> oldest = (Map<String, Object>) after.get("oldest");
    assertThat(oldest).containsKeys("taskId", "taskName", "due", "processInstanceId", "businessKey");
    if (before == 0) {
      assertThat(oldest).containsEntry("businessKey", complaint.get("number"))
          .containsEntry("processInstanceId", complaint.get("processInstanceId"))
          .containsEntry("taskName", "受理并现场了解");
    }
  }

  @Test
  void refusesEveryoneOutsideTheManagersGroups() {
    for (String path : List.of("/api/kpis/complaints?from=2027-01-01&to=2027-01-31", "/api/kpis/fees?period=2027-01",
        "/api/kpis/overdue")) {
      ResponseEntity<Map> kefu = ApiClient.as(rest, "kefu").get(path);
      assertThat(kefu.getStatusCode().value()).as(path).isEqualTo(403);
      assertThat(kefu.getHeaders().getContentType().toString()).contains("application/problem+json");
      assertThat(ApiClient.as(rest, "gongcheng").get(path).getStatusCode().value()).as(path).isEqualTo(403);
      assertThat(ApiClient.anonymous(rest).get(path).getStatusCode().value()).as(path).isEqualTo(401);
      assertThat(ApiClient.as(rest, "fuzong").get(path).getStatusCode().value()).as(path).isEqualTo(200);
      assertThat(ApiClient.as(rest, "demo").get(path).getStatusCode().value()).as(path).isEqualTo(200);
    }
  }

  @Test
  void refusesBadDatesAndPeriods() {
    for (String path : List.of("/api/kpis/complaints?from=2027-02-30&to=2027-03-01",
        "/api/kpis/complaints?from=2027-3-1&to=2027-03-31", "/api/kpis/complaints?from=2027-03-01",
        "/api/kpis/complaints?from=2027-03-02&to=2027-03-01", "/api/kpis/fees?period=2027-13",
        "/api/kpis/fees?period=202701", "/api/kpis/fees")) {
      ResponseEntity<Map> answer = kpis("jingli", path);
      assertThat(answer.getStatusCode().value()).as(path).isEqualTo(400);
      assertThat(answer.getHeaders().getContentType().toString()).contains("application/problem+json");
    }
    assertThat(kpis("jingli", "/api/kpis/fees?period=2027-01&estate=NOSUCH").getStatusCode().value())
        .isEqualTo(404);
  }

  private ResponseEntity<Map> kpis(String user, String path) {
    return ApiClient.as(rest, user).get(path);
  }

  private Map<String, Object> receive(String category, boolean urgent) {
    ResponseEntity<Map> response = ApiClient.as(rest, "kefu").postJson("/api/complaints", """
        {"ownerName":"王芳","unit":"5栋1单元0802","phone":"13900139000","channel":"phone","category":"%s",
         "description":"指标测试投诉","urgent":%s}""".formatted(category, urgent));
    assertThat(response.getStatusCode().value()).isEqualTo(201);
    return response.getBody();
  }

  private void complete(String user, String group, String instance, String taskKey, Map<String, Object> values) {
    EngineSteps.completeAs(processEngine, user, group, instance, taskKey, values);
  }

  private static void at(ZonedDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  /** A day (and so a year of complaint numbers) no other test uses. */
  private static LocalDate freshDay() {
    return LocalDate.of(ThreadLocalRandom.current().nextInt(2300, 9000), 3, 10);
  }

  private static YearMonth freshPeriod() {
    return YearMonth.of(ThreadLocalRandom.current().nextInt(2200, 9000), ThreadLocalRandom.current().nextInt(1, 13));
  }

  private static Map<String, Object> group(Map<String, Object> figures, String list, String key) {
    return ((List<Map<String, Object>>) figures.get(list)).stream().filter(g -> key.equals(g.get("key")))
        .findFirst().orElseThrow(() -> new AssertionError("no " + key + " in " + list));
  }

  private static Map<String, Object> stages(Map<String, Object> figures) {
    Map<String, Object> stages = new java.util.LinkedHashMap<>();
    for (Map<String, Object> stage : (List<Map<String, Object>>) figures.get("stages")) {
      stages.put((String) stage.get("stage"), stage.get("bills"));
    }
    return stages;
  }

  private static Map<String, Object> engineering(Map<String, Object> overdue) {
    return ((List<Map<String, Object>>) overdue.get("tasks")).stream()
        .filter(g -> "engineering".equals(g.get("group"))).findFirst().orElse(null);
  }

  /** An estate of its own: units of 100 m² at 2.50 a m² (bill 250.00), a household each. */
  private String createEstate(int units) {
    String code = "K" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36)
        .toUpperCase();
    jdbc.update("insert into estate (code, name, fee_rate) values (?, ?, ?)", code, "指标花园" + code,
        new BigDecimal("2.50"));
    jdbc.update("insert into building (estate_id, code, name) select id, '1', '1栋' from estate where code = ?", code);
    for (int i = 1; i <= units; i++) {
      String unit = code + "-1-01" + String.format("%02d", i);
      jdbc.update("""
          insert into unit (building_id, code, floor_no, area)
          select b.id, ?, 1, 100.00 from building b join estate e on e.id = b.estate_id where e.code = ?""",
          unit, code);
      jdbc.update("""
          insert into household (unit_id, owner_name, phone, medical_equipment, moved_in_on)
          select id, ?, ?, false, ? from unit where code = ?""", "指标业主" + i, "1390000000" + i,
          LocalDate.of(2024, 1, 1), unit);
    }
    return code;
  }

  private static String bill(YearMonth period, String estate, int unit) {
    return "FB-" + period.toString().replace("-", "") + "-" + estate + "-1-01" + String.format("%02d", unit);
  }
}
