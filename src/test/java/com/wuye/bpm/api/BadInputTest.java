package com.wuye.bpm.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.support.ApiClient;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 20, point 7: what a careless integration sends is answered with 400 problem+json naming the field, never
 * 500, and writes nothing: on {@code /api} and on the engine's REST API.
 */
class BadInputTest extends SpringIntegrationTest {

  private static final String COMPLAINT = """
      {"ownerName":%s,"unit":"7栋302","phone":%s,"channel":"phone","category":"facility",
       "description":%s,"urgent":%s}""";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  private static String complaint(String ownerName, String phone, String description, String urgent) {
    return COMPLAINT.formatted(ownerName, phone, description, urgent);
  }

  @Test
  void wellFormedComplaintIsTaken() {
    ResponseEntity<Map> response = post(complaint("\"赵敏\"", "\"13700137000\"", "\"楼道灯不亮\\n三楼\"", "false"));
    assertThat(response.getStatusCode().value()).isEqualTo(201);
  }

  @Test
  void duplicateKeyIsRefusedAndWritesNothing() {
    long complaints = complaints();
    ResponseEntity<Map> response = post(complaint("\"赵敏\"", "\"13700137000\"", "\"楼道灯不亮\"", "false")
        .replace("\"unit\":\"7栋302\"", "\"unit\":\"7栋302\",\"unit\":\"1栋101\""));
    assertProblem(response, 400);
    assertThat((String) response.getBody().get("detail")).contains("unit");
    assertThat(complaints()).isEqualTo(complaints);
  }

  @Test
  void dataAfterTheObjectIsRefused() {
    long complaints = complaints();
    assertProblem(post(complaint("\"赵敏\"", "\"13700137000\"", "\"楼道灯不亮\"", "false") + "{}"), 400);
    assertProblem(post(complaint("\"赵敏\"", "\"13700137000\"", "\"楼道灯不亮\"", "false") + " x"), 400);
    assertThat(complaints()).isEqualTo(complaints);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"赵\\u0000敏\"", "\"赵\\u001b[2J敏\"", "\"赵\\u0085敏\""})
  void controlCharactersInTextAreRefusedNamingTheField(String ownerName) {
    long complaints = complaints();
    ResponseEntity<Map> response = post(complaint(ownerName, "\"13700137000\"", "\"楼道灯不亮\"", "false"));
    assertProblem(response, 400);
    assertThat(response.getBody()).containsEntry("field", "ownerName");
    assertThat(complaints()).isEqualTo(complaints);
  }

  @Test
  void booleanAsTextAndTextAsNumberAreRefusedNamingTheField() {
    long complaints = complaints();
    ResponseEntity<Map> urgent = post(complaint("\"赵敏\"", "\"13700137000\"", "\"楼道灯不亮\"", "\"false\""));
    assertProblem(urgent, 400);
    assertThat(urgent.getBody()).containsEntry("field", "urgent");
    ResponseEntity<Map> phone = post(complaint("\"赵敏\"", "13700137000", "\"楼道灯不亮\"", "false"));
    assertProblem(phone, 400);
    assertThat(phone.getBody()).containsEntry("field", "phone");
    ResponseEntity<Map> flag = post(complaint("\"赵敏\"", "\"13700137000\"", "\"楼道灯不亮\"", "1"));
    assertProblem(flag, 400);
    assertThat(complaints()).isEqualTo(complaints);
  }

  @Test
  void hugeBodyIsRefusedUnread() {
    long complaints = complaints();
    ResponseEntity<Map> response = post(complaint("\"赵敏\"", "\"13700137000\"",
        "\"" + "漏".repeat(40_000) + "\"", "false"));
    assertProblem(response, 413);
    assertThat(complaints()).isEqualTo(complaints);
  }

  @Test
  void controlCharacterInThePathIsRefused() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("kefu", ApiClient.DEMO_PASSWORD);
    for (String path : List.of("/api/complaints/TS-2026-000001%00", "/api/complaints/TS-2026-000001%1B",
        "/api/complaints/TS-2026-000001?x=%07")) {
      // Tomcat refuses some of them itself (400 as text); the rest are refused by api/RequestLimits
      ResponseEntity<String> response = rest.exchange(RequestEntity.get(URI.create(rest.getRootUri() + path))
          .headers(headers).build(), String.class);
      assertThat(response.getStatusCode().value()).as(path).isEqualTo(400);
    }
  }

  @Test
  void engineRestRefusesDuplicateKeysTrailingDataAndNul() {
    long instances = historyService.createHistoricProcessInstanceQuery().count();
    String start = "/engine-rest/process-definition/key/lost-and-found/start";
    for (String body : List.of(
        "{\"variables\":{\"itemDescription\":{\"value\":\"伞\"},\"itemDescription\":{\"value\":\"钱包\"}}}",
        "{\"variables\":{}} {}",
        "{\"variables\":{\"itemDescription\":{\"value\":\"伞\\u0000\"}}}")) {
      ResponseEntity<Map> response = ApiClient.as(rest, "kefu").postJson(start, body);
      assertProblem(response, 400);
      assertThat(response.getBody()).containsKey("message");
    }
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void validationFailingInAStartDelegateThroughEngineRestIs400NamingTheField() {
    long items = jdbc.queryForObject("select count(*) from found_item", Long.class);
    long instances = historyService.createHistoricProcessInstanceQuery().count();

    ResponseEntity<Map> response = ApiClient.as(rest, "kefu").postJson(
        "/engine-rest/process-definition/key/lost-and-found/start", """
        {"variables":{"itemDescription":{"value":"蓝色折叠伞"},"foundPlace":{"value":"1号楼电梯"},
          "finderName":{"value":"保洁员刘姐"},"ownerKnown":{"value":false},"itemChecked":{"value":false}}}""");

    assertProblem(response, 400);
    assertThat((String) response.getBody().get("message")).contains("itemChecked");
    assertThat(jdbc.queryForObject("select count(*) from found_item", Long.class)).isEqualTo(items);
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void validationFailingOnTaskCompletionThroughEngineRestIs400NamingTheField() {
    ResponseEntity<Map> created = post(complaint("\"赵敏\"", "\"13700137000\"", "\"楼道灯不亮\"", "false"));
    String number = (String) created.getBody().get("number");
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult().getId();
    Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    taskService.claim(task.getId(), "gongcheng");

    ResponseEntity<Map> response = ApiClient.as(rest, "gongcheng").postJson(
        "/engine-rest/task/" + task.getId() + "/complete",
        "{\"variables\":{\"investigation\":{\"value\":\"  \"}}}");

    assertProblem(response, 400);
    assertThat((String) response.getBody().get("message")).contains("investigation");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
  }

  private ResponseEntity<Map> post(String json) {
    return ApiClient.as(rest, "kefu").postJson("/api/complaints", json);
  }

  private long complaints() {
    return jdbc.queryForObject("select count(*) from complaint", Long.class);
  }

  static void assertProblem(ResponseEntity<Map> response, int status) {
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .isTrue();
    assertThat(response.getBody()).containsEntry("status", status);
  }
}
