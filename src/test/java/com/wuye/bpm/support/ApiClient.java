package com.wuye.bpm.support;

import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Calls the running application as one of the demo users (password {@code demo}), or anonymously. */
public final class ApiClient {

  public static final String DEMO_PASSWORD = "demo";
  private final TestRestTemplate rest;
  private final String user;

  private ApiClient(TestRestTemplate rest, String user) {
    this.rest = rest;
    this.user = user;
  }

  public static ApiClient as(TestRestTemplate rest, String user) {
    return new ApiClient(rest, user);
  }

  public static ApiClient anonymous(TestRestTemplate rest) {
    return new ApiClient(rest, null);
  }

  /** POSTs a raw JSON body, so that tests can send malformed JSON too. */
  public ResponseEntity<Map> postJson(String path, String json) {
    return exchange(HttpMethod.POST, path, json, new HttpHeaders());
  }

  public ResponseEntity<Map> postJson(String path, String json, HttpHeaders extraHeaders) {
    return exchange(HttpMethod.POST, path, json, extraHeaders);
  }

  public ResponseEntity<Map> get(String path) {
    return exchange(HttpMethod.GET, path, null, new HttpHeaders());
  }

  public <T> ResponseEntity<T> get(String path, Class<T> type) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(new HttpHeaders())), type);
  }

  private ResponseEntity<Map> exchange(HttpMethod method, String path, String body, HttpHeaders extraHeaders) {
    return rest.exchange(path, method, new HttpEntity<>(body, headers(extraHeaders)), Map.class);
  }

  private HttpHeaders headers(HttpHeaders extra) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    if (user != null) {
      headers.setBasicAuth(user, DEMO_PASSWORD);
    }
    headers.addAll(extra);
    return headers;
  }
}
