package com.wuye.bpm.security;

import static com.wuye.bpm.security.AccessCardProcess.Element.*;
import static com.wuye.bpm.security.AccessCardProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.notice.NoticeService;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** access-card with the real delegates and listener, and the lost-card endpoint, on the database. */
class AccessCardIntegrationTest extends SecurityFlowIntegrationTest {

  @Autowired
  AccessCardService cards;
  @Autowired
  NoticeService notices;
  @Autowired
  TestRestTemplate rest;

  @Test
  void issuesTheCardThenDeactivatesItWhenReportedLost() {
    String number = issuedCard();
    AccessCard card = cards.get(number);
    assertThat(card.status()).isEqualTo(AccessCardStatus.ACTIVE);
    assertThat(card.appliedBy()).isEqualTo("kefu");
    assertThat(card.amount()).isEqualByComparingTo(new BigDecimal("50.00"));
    assertThat(card.paymentKind()).isEqualTo("deposit");
    assertThat(card.issuedAt()).isNotNull();
    assertThat(card.copiesFileNumber()).isEqualTo("KF-DA-2026-018");
    assertThat(card.registerFileNumber()).isEqualTo("BA-DJ-2026-007");

    ResponseEntity<Map> lost = post("baoan", "/api/access-cards/" + number + "/lost",
        "{\"reportedBy\":\"陈静\",\"note\":\"在地铁上遗失\"}");
    assertThat(lost.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(lost.getBody()).containsEntry("status", "LOST").containsEntry("lostReportedBy", "陈静");
    AccessCard deactivated = cards.get(number);
    assertThat(deactivated.status()).isEqualTo(AccessCardStatus.LOST);
    assertThat(deactivated.lostRecordedBy()).isEqualTo("baoan");
    assertThat(notices.issuedFor(number)).singleElement().satisfies(n -> assertThat(n.kind()).isEqualTo("access-card-lost"));

    ResponseEntity<Map> again = post("kefu", "/api/access-cards/" + number + "/lost", "{\"reportedBy\":\"陈静的家人\"}");
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(cards.get(number).lostReportedBy()).isEqualTo("陈静");
    assertThat(cards.get(number).lostReportedAt()).isEqualTo(deactivated.lostReportedAt());
  }

  @Test
  void answersBadLostReportsWithProblemsAndWritesNothing() {
    String number = issuedCard();

    ResponseEntity<Map> blank = post("kefu", "/api/access-cards/" + number + "/lost", "{\"reportedBy\":\" \"}");
    assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(blank.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(blank.getBody().toString()).contains("reportedBy");

    assertThat(post("kefu", "/api/access-cards/" + number + "/lost", "{not json").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map> unknown = post("kefu", "/api/access-cards/MJ-1999-99999/lost", "{\"reportedBy\":\"陈静\"}");
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(post("gongcheng", "/api/access-cards/" + number + "/lost", "{\"reportedBy\":\"陈静\"}").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(cards.get(number).status()).isEqualTo(AccessCardStatus.ACTIVE);
    assertThat(notices.issuedFor(number)).isEmpty();
  }

  @Test
  void refusesToDeactivateACardNotYetSignedFor() {
    ProcessInstance instance = apply();
    String number = number(instance);

    ResponseEntity<Map> early = post("kefu", "/api/access-cards/" + number + "/lost", "{\"reportedBy\":\"陈静\"}");
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    assertThat(cards.get(number).status()).isEqualTo(AccessCardStatus.AWAITING_DOCUMENTS);
  }

  /** 《物业品质管理手册》§5.5.1 节点1、2: incomplete documents go back to the owner; money is taken only when complete. */
  @Test
  void takesTheDepositOnlyAfterTheReturnedDocumentsAreComplete() {
    ProcessInstance instance = apply();
    String number = number(instance);
    complete(instance, CHECK_DOCUMENTS, AccessCardFixtures.documentsIncomplete());

    AccessCard returned = cards.get(number);
    assertThat(returned.status()).isEqualTo(AccessCardStatus.AWAITING_DOCUMENTS);
    assertThat(returned.missingDocuments()).isEqualTo("缺房产证复印件");
    assertThat(returned.documentsReturned()).isEqualTo(1);
    assertThat(returned.amount()).isNull();

    complete(instance, RETURN_DOCUMENTS, AccessCardFixtures.documentsSupplemented());
    complete(instance, CHECK_DOCUMENTS, AccessCardFixtures.documentsComplete());
    AccessCard checked = cards.get(number);
    assertThat(checked.status()).isEqualTo(AccessCardStatus.AWAITING_SIGNATURE);
    assertThat(checked.supplementNote()).isEqualTo("业主补交房产证复印件一份");
    assertThat(checked.amount()).isEqualByComparingTo(new BigDecimal("50.00"));
  }

  @Test
  void refusesACompleteCheckWithoutPaymentOrWithNegativeAmount() {
    ProcessInstance instance = apply();
    String number = number(instance);
    Map<String, Object> variables = AccessCardFixtures.documentsComplete();
    variables.remove(Var.RECEIPT_NUMBER);
    variables.put(Var.AMOUNT, -5);

    assertThatThrownBy(() -> complete(instance, CHECK_DOCUMENTS, variables))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.RECEIPT_NUMBER)
        .hasMessageContaining(Var.AMOUNT);
    assertThat(cards.get(number).status()).isEqualTo(AccessCardStatus.AWAITING_DOCUMENTS);
  }

  /** Issue 20 point 5: the holder's full ID number only in the card's row, masked in variables and history. */
  @Test
  void keepsTheFullIdNumberOnlyInTheCardRow() {
    ProcessInstance instance = apply();
    String number = number(instance);

    assertThat(cards.get(number).idNumber()).isEqualTo("110101198803034567");
    assertThat(variable(instance, Var.ID_NUMBER)).isEqualTo("110***********4567");
    assertThat(valuesKeptByTheEngine(instance)).isNotEmpty().noneMatch(v -> v.contains("110101198803034567"));
  }

  @Test
  void showsACard() {
    String number = issuedCard();
    ResponseEntity<Map> shown = rest.withBasicAuth("baoan", "demo").getForEntity("/api/access-cards/" + number, Map.class);
    assertThat(shown.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(shown.getBody()).containsEntry("number", number).containsEntry("statusName", "有效");
  }

  private String issuedCard() {
    ProcessInstance instance = apply();
    String number = number(instance);
    complete(instance, CHECK_DOCUMENTS, AccessCardFixtures.documentsComplete());
    complete(instance, OWNER_SIGNS, AccessCardFixtures.signed());
    complete(instance, ARCHIVE_COPIES, AccessCardFixtures.copiesArchived());
    complete(instance, ARCHIVE_REGISTER, AccessCardFixtures.registerArchived());
    return number;
  }

  private ProcessInstance apply() {
    return apply(AccessCardFixtures.ownerWithDeposit());
  }

  private ProcessInstance apply(Map<String, Object> variables) {
    return startAs(AccessCardProcess.KEY, "kefu", "customer-service", variables);
  }

  private String number(ProcessInstance instance) {
    return variable(instance, Var.CARD_NUMBER);
  }

  private ResponseEntity<Map> post(String user, String path, String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(json, headers), Map.class);
  }
}
