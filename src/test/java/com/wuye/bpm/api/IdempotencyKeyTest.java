package com.wuye.bpm.api;

import static com.wuye.bpm.api.BadInputTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.support.ApiClient;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 20, point 9: an Idempotency-Key stands for one request of one user. Reused with another body, or by another
 * user, it gets 422 and nothing is written; a refused request frees its key for the corrected one.
 */
class IdempotencyKeyTest extends SpringIntegrationTest {

  private static final String COMPLAINT = """
      {"ownerName":"赵敏","unit":"7栋302","phone":"13700137000","channel":"phone","category":"facility",
       "description":"%s","urgent":false}""";

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  /** The same key again: with another body by the same clerk, and with the same body by another user. */
  @ParameterizedTest(name = "by {0}: {1}")
  @CsvSource({"kefu, 电梯停运", "kefu-zhuguan, 楼道灯不亮"})
  void keyReusedWithAnotherBodyOrByAnotherUserGets422AndWritesNothing(String user, String description) {
    String key = "k-" + UUID.randomUUID();
    assertThat(post("kefu", key, "楼道灯不亮").getStatusCode().value()).isEqualTo(201);
    long complaints = complaints();

    ResponseEntity<Map> reused = post(user, key, description);

    assertProblem(reused, 422);
    assertThat(complaints()).isEqualTo(complaints);
  }

  @Test
  void refusedRequestFreesItsKeyForTheCorrectedOne() {
    String key = "k-" + UUID.randomUUID();
    assertProblem(post("kefu", key, ""), 400);
    assertThat(jdbc.queryForObject("select count(*) from idempotency_key where idempotency_key = ?", Long.class,
        key)).isZero();

    assertThat(post("kefu", key, "楼道灯不亮").getStatusCode().value()).isEqualTo(201);
    assertThat(jdbc.queryForObject("select user_id from idempotency_key where idempotency_key = ?", String.class,
        key)).isEqualTo("kefu");
  }

  private ResponseEntity<Map> post(String user, String key, String description) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("Idempotency-Key", key);
    return ApiClient.as(rest, user).postJson("/api/complaints", COMPLAINT.formatted(description), headers);
  }

  private long complaints() {
    return jdbc.queryForObject("select count(*) from complaint", Long.class);
  }
}
