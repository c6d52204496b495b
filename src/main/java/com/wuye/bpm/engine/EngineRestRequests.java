package com.wuye.bpm.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * {@code status} and {@code detail} are added (an error without a body, such as 401, gets them too).
 */
final class EngineRestRequests extends OncePerRequestFilter {

  private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();
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
      if (!problems) {
        chain.doFilter(request, response);
        return;
      }
      ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, answer);
      if (answer.getStatus() >= 400 && !answer.isCommitted()) {
        asProblem(answer, request.getRequestURI());
      }
      answer.copyBodyToResponse();
    } finally {
      ACTIVE.remove();
    }
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
