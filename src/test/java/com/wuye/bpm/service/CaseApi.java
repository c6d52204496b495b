package com.wuye.bpm.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.support.ApiClient;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** The package's REST intakes as the front desk calls them, and the instance a case number belongs to. */
record CaseApi(TestRestTemplate rest, RuntimeService runtime) {

  /** Posts what a form would submit as JSON (strings, booleans, numbers, lists of strings). */
  ResponseEntity<Map> post(String user, String path, Map<String, Object> body) {
    return ApiClient.as(rest, user).postJson(path, json(body));
  }

  /** Posts as customer service and answers the new case's number (201 expected). */
  String start(String path, Map<String, Object> body) {
    ResponseEntity<Map> response = post("kefu", path, body);
    assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
    return (String) response.getBody().get("number");
  }

  String instanceOf(String number) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
  }

  static String json(Map<String, Object> body) {
    StringBuilder json = new StringBuilder("{");
    body.forEach((key, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(key).append("\":")
        .append(value instanceof String ? "\"" + value + "\"" : String.valueOf(value)));
    return json.append('}').toString();
  }
}
