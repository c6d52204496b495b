package com.wuye.bpm.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.wuye.bpm.api.CachedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Marks the requests of the engine's REST API ({@code /engine-rest} and the web applications' copy of it), so that
 * the engine answers a refused input with 400 ({@link RefusedInput}); on {@code /engine-rest} also turns every error
 * answer into {@code application/problem+json}: the engine's own fields ({@code type} = the exception's name,
 * {@code message}, {@code code}) are kept for the Modeler and other clients that read them, and {@code title},
 * {@code status} and {@code detail} are added (an error without a body, such as 401, gets them too). A JSON body
 * is read first and refused with 400 when it has a key twice, data after the value or control characters in its
 * text ({@link StrictJsonBody}): the engine's own reader takes the last of two keys and would store NUL in a
 * variable, which PostgreSQL refuses with a 500.
 */
final class EngineRestRequests extends OncePerRequestFilter {

  private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();
  /** a start or completion with its variables; deployments are multipart and not read here */
  static final int MAX_JSON_BODY = 4 * 1024 * 1024;
  private final ObjectMapper json = new ObjectMapper();
  private final boolean problems;

  EngineRestRequests(boolean problems) {
    this.problems = problems;
  }

  static boolean active() {
    return Boolean.TRUE.equals(ACTIVE.get());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ACTIVE.set(Boolean.TRUE);
    try {
      HttpServletRequest checked = request;
      if (isJson(request)) {
        byte[] body = request.getInputStream().readNBytes(MAX_JSON_BODY + 1);
        String refusal = body.length > MAX_JSON_BODY ? "the JSON body is larger than " + MAX_JSON_BODY + " bytes"
            : StrictJsonBody.refusal(body);
        if (refusal != null) {
          refuse(response, request, refusal);
          return;
        }
        checked = new CachedBodyRequest(request, body);
      }
      if (!problems) {
        chain.doFilter(checked, response);
        return;
      }
      ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
      chain.doFilter(checked, answer);
      if (answer.getStatus() >= 400 && !answer.isCommitted()) {
        asProblem(answer, request.getRequestURI());
      }
      answer.copyBodyToResponse();
    } finally {
      ACTIVE.remove();
    }
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && !"GET".equals(request.getMethod()) && type.toLowerCase().contains("json");
  }

  /** The engine's own error shape (type, message) and the problem's fields, 400. */
  private void refuse(HttpServletResponse response, HttpServletRequest request, String reason) throws IOException {
    ObjectNode problem = json.createObjectNode();
    problem.put("type", "InvalidRequestException");
    problem.put("message", "请求体有误 (refused JSON body): " + reason);
    problem.put("title", "Bad Request");
    problem.put("status", 400);
    problem.put("detail", problem.get("message").asText());
    problem.put("instance", request.getRequestURI());
    response.setStatus(400);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(json.writeValueAsBytes(problem));
  }

  private void asProblem(ContentCachingResponseWrapper answer, String uri) throws IOException {
    byte[] body = answer.getContentAsByteArray();
    ObjectNode problem = json.createObjectNode();
    if (body.length > 0) {
      try {
        JsonNode engine = json.readTree(body);
        if (engine instanceof ObjectNode fields) {
          problem.setAll(fields);
        }
      } catch (IOException notJson) {
        problem.put("message", new String(body, StandardCharsets.UTF_8));
      }
    }
    HttpStatus status = HttpStatus.resolve(answer.getStatus());
    problem.put("title", status == null ? "Error" : status.getReasonPhrase());
    problem.put("status", answer.getStatus());
    problem.put("detail", problem.path("message").asText(status == null ? "" : status.getReasonPhrase()));
    problem.put("instance", uri);
    answer.resetBuffer();
    answer.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    answer.setCharacterEncoding(StandardCharsets.UTF_8.name());
    answer.getOutputStream().write(json.writeValueAsBytes(problem));
  }
}
