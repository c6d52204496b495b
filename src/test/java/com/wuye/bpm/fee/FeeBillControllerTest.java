package com.wuye.bpm.fee;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.support.SpringIntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST /api/bills/{number}/payments and GET /api/bills/{number}: answers, problem+json, nothing doubled. */
class FeeBillControllerTest extends SpringIntegrationTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired BillingRunService billingRuns;

  private static FeeTestEstate estate;
  private static java.time.YearMonth period;

  @BeforeEach
  void billOnce() {
    if (estate == null) {
      period = FeeTestEstate.freshPeriod();
      estate = FeeTestEstate.billed(jdbc, billingRuns, 6, period);
    }
  }

  @Test
  void showsTheBillWithNoticesAndPayments() {
    String number = estate.bill(period, 0);
    pay(number, "k-show-" + number, Map.of("amount", new BigDecimal("50.5"), "channel", "cash", "receiptNo", "SJ-1"));

    ResponseEntity<Map> bill = rest.withBasicAuth("kefu", "demo").getForEntity("/api/bills/" + number, Map.class);

    assertThat(bill.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(bill.getBody()).containsEntry("number", number).containsEntry("amount", 250.0)
        .containsEntry("paid", 50.5).containsEntry("outstanding", 199.5).containsEntry("stage", "payment-notice")
        .containsEntry("unit", estate.unitCodes().get(0));
    assertThat((List<Map<String, Object>>) bill.getBody().get("notices")).singleElement()
        .satisfies(n -> assertThat(n).containsEntry("stage", "payment-notice").containsKeys("issuedAt", "deadline"));
    assertThat((List<Map<String, Object>>) bill.getBody().get("payments")).singleElement()
        .satisfies(p -> assertThat(p).containsEntry("amount", 50.5).containsEntry("receiptNo", "SJ-1"));
  }

  @Test
  void answersARepeatedKeyWithTheFirstAnswerAndChangesNothing() {
    String number = estate.bill(period, 1);
    String key = "k-repeat-" + number;
    ResponseEntity<Map> first = pay(number, key,
        Map.of("amount", new BigDecimal("100"), "channel", "wechat", "receiptNo", "WX-1"));
    ResponseEntity<Map> again = pay(number, key,
        Map.of("amount", new BigDecimal("100"), "channel", "wechat", "receiptNo", "WX-1"));
    ResponseEntity<Map> changed = pay(number, key,
        Map.of("amount", new BigDecimal("150"), "channel", "cash", "receiptNo", "X"));

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("false");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.getBody()).isEqualTo(first.getBody());
    assertThat(changed.getStatusCode().value()).isEqualTo(422); // issue 20: another body, same key
    assertThat(first.getBody()).containsEntry("paid", 100.0).containsEntry("outstanding", 150.0)
        .containsEntry("settled", false);
    assertThat(paymentCount(number)).isOne();
  }

  @Test
  void settlesTheBillAndEndsItsInstanceWithThePaymentThatCompletesIt() {
    String number = estate.bill(period, 2);
    pay(number, "k-a-" + number, Map.of("amount", new BigDecimal("200"), "channel", "cash", "receiptNo", "A"));
    ResponseEntity<Map> last = pay(number, "k-b-" + number, Map.of("amount", new BigDecimal("50.00"), "channel", "pos",
        "receiptNo", "B"));

    assertThat(last.getBody()).containsEntry("settled", true).containsEntry("outstanding", 0.0);
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
        .count()).isZero();
    assertThat(jdbc.queryForObject("select stage from fee_bill where number = ?", String.class, number))
        .isEqualTo("settled");
  }

  @Test
  void refusesMoreThanTheOutstandingAmountWith422() {
    String number = estate.bill(period, 3);
    pay(number, "k-c-" + number, Map.of("amount", new BigDecimal("200"), "channel", "cash", "receiptNo", "C"));

    ResponseEntity<Map> over = pay(number, "k-d-" + number, Map.of("amount", new BigDecimal("50.01"), "channel", "cash",
        "receiptNo", "D"));

    assertThat(over.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(over.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(over.getBody()).containsEntry("field", "amount");
    assertThat(paymentCount(number)).isOne();
  }

  @Test
  void answersAnUnknownBillWith404() {
    ResponseEntity<Map> unknown = pay("FB-209901-NOPE", "k-unknown",
        Map.of("amount", new BigDecimal("1"), "channel", "cash", "receiptNo", "E"));
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(rest.withBasicAuth("kefu", "demo").getForEntity("/api/bills/FB-209901-NOPE", Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @ParameterizedTest(name = "amount {0} → 400")
  @ValueSource(strings = {"0", "-5", "0.001", "10.999"})
  void refusesAmountsThatAreNotPositiveOrHaveMoreThanTwoDecimals(String amount) {
    String number = estate.bill(period, 4);
    ResponseEntity<Map> bad = pay(number, "k-bad-" + amount + number,
        Map.of("amount", new BigDecimal(amount), "channel", "cash", "receiptNo", "F"));

    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(bad.getBody()).containsEntry("field", "amount");
    assertThat(paymentCount(number)).isZero();
  }

  @Test
  void refusesMissingKeyUnknownChannelAndNoReceiptWith400() {
    String number = estate.bill(period, 4);
    ResponseEntity<Map> bad = pay(number, null, Map.of("amount", new BigDecimal("10"), "channel", "bitcoin"));

    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) bad.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder("channel", "receiptNo", "Idempotency-Key");
    assertThat(paymentCount(number)).isZero();
  }

  /** A bill, its owner and its letters are shown to finance, customer service and managers only. */
  @Test
  void showsTheBillOnlyToFinanceCustomerServiceAndManagers() {
    String number = estate.bill(period, 5);

    for (String user : List.of("gongcheng", "baoan")) {
      ResponseEntity<Map> refused = rest.withBasicAuth(user, "demo").getForEntity("/api/bills/" + number, Map.class);
      assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(refused.getBody()).doesNotContainKey("ownerName");
    }
    for (String user : List.of("caiwu", "kefu", "zongjingli", "jingli")) {
      assertThat(rest.withBasicAuth(user, "demo").getForEntity("/api/bills/" + number, Map.class).getStatusCode())
          .as(user).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void refusesPaymentsFromOutsideFinanceAndCustomerService() {
    String number = estate.bill(period, 5);
    HttpHeaders headers = new HttpHeaders();
    headers.set("Idempotency-Key", "k-forbidden-" + number);
    ResponseEntity<Map> forbidden = rest.withBasicAuth("gongcheng", "demo").exchange(
        "/api/bills/" + number + "/payments", HttpMethod.POST,
        new HttpEntity<>(
            Map.of("amount", new BigDecimal("1"), "channel", "cash", "receiptNo", "G"), headers), Map.class);
    assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(paymentCount(number)).isZero();
  }

  private ResponseEntity<Map> pay(String number, String key, Map<String, ?> body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (key != null) {
      headers.set("Idempotency-Key", key);
    }
    return rest.withBasicAuth("caiwu", "demo").exchange("/api/bills/" + number + "/payments", HttpMethod.POST,
        new HttpEntity<>(body, headers), Map.class);
  }

  private int paymentCount(String number) {
    return jdbc.queryForObject("""
        select count(*) from fee_payment p join fee_bill b on b.id = p.bill_id where b.number = ?""",
        Integer.class, number);
  }
}
