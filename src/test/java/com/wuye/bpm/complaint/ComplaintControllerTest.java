package com.wuye.bpm.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.support.ApiClient;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
    assertRefused(() -> ApiClient.as(rest, "kefu").postJson("/api/complaints", json), field);
  }

  @Test
  void refusesOverlongDescription() {
    String json = VALID.replace("卫生间漏水三天无人维修", "漏".repeat(ComplaintIntake.DESCRIPTION_MAX + 1));
    ResponseEntity<Map> response = assertRefused(() -> ApiClient.as(rest, "kefu").postJson("/api/complaints", json),
        "description");
    assertThat(response.getBody().get("detail").toString()).contains("2000");
  }

  @Test
  void refusesOverlongOwnerNameAtTheLimitPlusOne() {
    assertThat(ApiClient.as(rest, "kefu").postJson("/api/complaints",
        VALID.replace("张伟", "张".repeat(ComplaintIntake.NAME_MAX))).getStatusCode().value()).isEqualTo(201);
    assertRefused(() -> ApiClient.as(rest, "kefu").postJson("/api/complaints",
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

  /** The model's starter groups decide who may start complaint-handling, through /api as in Tasklist. */
  @Test
  void refusesIntakeByAGroupThatDoesNotTakeComplaints() {
    int before = complaintCount();
    long instances = instanceCount();
    ResponseEntity<Map> response = ApiClient.as(rest, "baoan").postJson("/api/complaints", VALID);
    assertThat(response.getStatusCode().value()).isEqualTo(403);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(complaintCount()).isEqualTo(before);
    assertThat(instanceCount()).isEqualTo(instances);
  }

  /** Issue 20.5: the groups that work on a complaint and the managers read it; nobody else. */
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({"kefu, 200", "gongcheng, 200", "gongcheng-zhuguan, 200", "pinzhi-jingli, 200", "jingli, 200",
      "zongjingli, 200", "demo, 200", "baoan, 403", "guanjia, 403", "caiwu, 403", "liucheng, 403"})
  void answersOnlyTheGroupsWorkingOnTheComplaint(String user, int status) {
    String number = (String) ApiClient.as(rest, "kefu").postJson("/api/complaints", VALID).getBody().get("number");

    ResponseEntity<Map> response = ApiClient.as(rest, user).get("/api/complaints/" + number);

    assertThat(response.getStatusCode().value()).isEqualTo(status);
    if (status == 403) {
      assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .isTrue();
      assertThat(response.getBody()).doesNotContainKeys("ownerName", "phone", "history");
    } else {
      assertThat(response.getBody()).containsEntry("number", number).containsEntry("responsibleGroup", "engineering");
    }
  }

  @Test
  void answers404ForUnknownNumber() {
    ResponseEntity<Map> response = ApiClient.as(rest, "kefu").get("/api/complaints/TS-1999-999999");
    assertThat(response.getStatusCode().value()).isEqualTo(404);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
  }

  /** Sends the request, counting complaints and instances before it: a refused request writes nothing. */
  private ResponseEntity<Map> assertRefused(Supplier<ResponseEntity<Map>> request, String field) {
    int before = complaintCount();
    long instances = instanceCount();
    ResponseEntity<Map> response = request.get();
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(response.getBody()).containsEntry("field", field);
    assertThat(complaintCount()).isEqualTo(before);
    assertThat(instanceCount()).isEqualTo(instances);
    return response;
  }

  private long instanceCount() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintHandlingProcess.KEY).count();
  }

  private int complaintCount() {
    return jdbc.queryForObject("select count(*) from complaint", Integer.class);
  }
}
