package com.wuye.bpm.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What {@code /api} refuses before reading a request: a body larger than {@code wuye.api.max-body-size} (413; no
 * request of the API needs more than a few kilobytes), and control characters in the path, the query or a header
 * (400: a record number {@code TS-2026-000001%00} would reach PostgreSQL, which cannot compare text with NUL).
 * Answered as problem+json, before authentication, so that a stranger's large body is not read at all.
 */
final class RequestLimits extends OncePerRequestFilter {

  private final long maxBodySize;

  RequestLimits(long maxBodySize) {
    this.maxBodySize = maxBodySize;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBodySize) {
      refuse(response, request, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Payload Too Large",
          "请求体不能超过 " + maxBodySize + " 字节 (the body may have at most " + maxBodySize + " bytes)");
      return;
    }
    if (controlCharacterIn(request)) {
      refuse(response, request, HttpServletResponse.SC_BAD_REQUEST, "Bad Request",
          "地址或请求头" + FieldRules.CONTROL_CHARACTER);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean controlCharacterIn(HttpServletRequest request) {
    if (FieldRules.hasControlCharacter(decoded(request.getRequestURI()))
        || (request.getQueryString() != null && FieldRules.hasControlCharacter(decoded(request.getQueryString())))) {
      return true;
    }
    for (String name : Collections.list(request.getHeaderNames())) {
      for (String value : Collections.list(request.getHeaders(name))) {
        if (FieldRules.hasControlCharacter(value)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String decoded(String raw) {
    try {
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException badEscape) {
      return "\u0000";
    }
  }

  static void refuse(HttpServletResponse response, HttpServletRequest request, int status, String title,
      String detail) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
        + ",\"detail\":\"" + detail.replace("\"", "'") + "\",\"instance\":\""
        + request.getRequestURI().replace("\"", "").replace("\\", "") + "\"}");
  }
}
