package com.wuye.bpm.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.support.ApiClient;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** POST and GET /api/complaints: what each caller and each kind of bad input gets, and that nothing is written. */
class ComplaintControllerTest extends SpringIntegrationTest {

  private static final String VALID = ComplaintHandlingIntegrationTest.json(ComplaintFixtures.repairDelay());

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void answersCreatedWithNumberAndLocation() {
    ResponseEntity<Map> response = ApiClient.as(rest, "kefu").postJson("/api/complaints", VALID);

    assertThat(response.getStatusCode().value()).isEqualTo(201);
    String number = (String) response.getBody().get("number");
    assertThat(response.getHeaders().getLocation()).hasPath("/api/complaints/" + number);
    assertThat(response.getBody()).containsEntry("responsibleGroup", "engineering").containsEntry("responseMinutes", 30);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isOne();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "missing owner name   | ownerName   | {\"unit\":\"1-101\",\"phone\":\"13800138000\",\"channel\":\"phone\",\"category\":\"fee\",\"description\":\"x\",\"urgent\":false}",
      "blank unit           | unit        | {\"ownerName\":\"李\",\"unit\":\"  \",\"phone\":\"13800138000\",\"channel\":\"phone\",\"category\":\"fee\",\"description\":\"x\",\"urgent\":false}",
      "unknown category     | category    | {\"ownerName\":\"李\",\"unit\":\"1-101\",\"phone\":\"13800138000\",\"channel\":\"phone\",\"category\":\"weather\",\"description\":\"x\",\"urgent\":false}",
      "unknown channel      | channel     | {\"ownerName\":\"李\",\"unit\":\"1-101\",\"phone\":\"13800138000\",\"channel\":\"pigeon\",\"category\":\"fee\",\"description\":\"x\",\"urgent\":false}",
      "bad phone            | phone       | {\"ownerName\":\"李\",\"unit\":\"1-101\",\"phone\":\"call me\",\"channel\":\"phone\",\"category\":\"fee\",\"description\":\"x\",\"urgent\":false}",
      "missing urgent       | urgent      | {\"ownerName\":\"李\",\"unit\":\"1-101\",\"phone\":\"13800138000\",\"channel\":\"phone\",\"category\":\"fee\",\"description\":\"x\"}",
      "urgent not a boolean | urgent      | {\"ownerName\":\"李\",\"unit\":\"1-101\",\"phone\":\"13800138000\",\"channel\":\"phone\",\"category\":\"fee\",\"description\":\"x\",\"urgent\":\"maybe\"}"})
  void refusesBadInputNamingTheField(String caseName, String field, String json) {
    assertRefused(ApiClient.as(rest, "kefu").postJson("/api/complaints", json), field);
  }

  @Test
  void refusesOverlongDescription() {
    String json = VALID.replace("卫生间漏水三天无人维修", "漏".repeat(ComplaintIntake.DESCRIPTION_MAX + 1));
    ResponseEntity<Map> response = ApiClient.as(rest, "kefu").postJson("/api/complaints", json);
    assertRefused(response, "description");
    assertThat(response.getBody().get("detail").toString()).contains("2000");
  }

  @Test
  void refusesOverlongOwnerNameAtTheLimitPlusOne() {
    assertThat(ApiClient.as(rest, "kefu").postJson("/api/complaints",
        VALID.replace("张伟", "张".repeat(ComplaintIntake.NAME_MAX))).getStatusCode().value()).isEqualTo(201);
    assertRefused(ApiClient.as(rest, "kefu").postJson("/api/complaints",
        VALID.replace("张伟", "张".repeat(ComplaintIntake.NAME_MAX + 1))), "ownerName");
  }

  @Test
  void refusesMalformedJson() {
    int before = complaintCount();
    ResponseEntity<Map> response = ApiClient.as(rest, "kefu").postJson("/api/complaints", "{\"ownerName\": \"李\",");
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(complaintCount()).isEqualTo(before);
  }

  @Test
  void namesEveryFieldAtFaultAtOnce() {
    ResponseEntity<Map> response = ApiClient.as(rest, "kefu").postJson("/api/complaints", "{}");
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat((List<Map<String, String>>) response.getBody().get("errors")).extracting(e -> e.get("field"))
        .contains("ownerName", "unit", "phone", "channel", "category", "description", "urgent");
  }

  @Test
  void answers401WithoutCredentialsAndWithWrongPassword() {
    ResponseEntity<Map> anonymous = ApiClient.anonymous(rest).postJson("/api/complaints", VALID);
    assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    assertThat(anonymous.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    // the engine delays a user's next login after a wrong password: use a user no other test needs
    assertThat(rest.withBasicAuth("shichang", "wrong").getForEntity("/api/complaints/TS-2026-000001", Map.class)
        .getStatusCode().value()).isEqualTo(401);
    assertThat(ApiClient.anonymous(rest).get("/engine-rest/task").getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void refusesIntakeByAGroupThatDoesNotTakeComplaints() {
    int before = complaintCount();
    ResponseEntity<Map> response = ApiClient.as(rest, "baoan").postJson("/api/complaints", VALID);
    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(complaintCount()).isEqualTo(before);
  }

  @Test
  void answers404ForUnknownNumber() {
    ResponseEntity<Map> response = ApiClient.as(rest, "kefu").get("/api/complaints/TS-1999-999999");
    assertThat(response.getStatusCode().value()).isEqualTo(404);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
  }

  private void assertRefused(ResponseEntity<Map> response, String field) {
    int before = complaintCount();
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getBody()).containsEntry("field", field);
    assertThat(complaintCount()).isEqualTo(before);
    assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("ownerName", "李").count()).isZero();
  }

  private int complaintCount() {
    return jdbc.queryForObject("select count(*) from complaint", Integer.class);
  }
}
