package com.wuye.bpm.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The application's own REST API ({@code /api/**}, for the hotline, the owner portal and the cashier) needs
 * the HTTP basic credentials of an engine user, like {@code /engine-rest}. Without them: 401 with a Basic
 * challenge, as problem+json. Good credentials are taken for {@code wuye.api.credentials-ttl} without asking
 * the identity service again ({@link CheckedCredentials}).
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final CheckedCredentials checked;

  ApiAuthenticationFilter(IdentityService identityService, CheckedCredentials checked) {
    this.identityService = identityService;
    this.checked = checked;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String[] credentials = basicCredentials(request.getHeader(HttpHeaders.AUTHORIZATION));
    ApiUser user = credentials == null ? null : checked.user(credentials[0], credentials[1], () -> check(credentials));
    if (user == null) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"wuye-bpm\"");
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
          + "\"detail\":\"需要用户名和密码 (HTTP basic credentials required)\",\"instance\":\""
          + request.getRequestURI().replace("\"", "") + "\"}");
      return;
    }
    request.setAttribute(ApiUser.REQUEST_ATTRIBUTE, user);
    chain.doFilter(request, response);
  }

  /** The engine's identity service: the password, then the user's groups; null for wrong credentials. */
  private ApiUser check(String[] credentials) {
    if (!identityService.checkPassword(credentials[0], credentials[1])) {
      return null;
    }
    return new ApiUser(credentials[0],
        identityService.createGroupQuery().groupMember(credentials[0]).list().stream().map(Group::getId).toList());
  }

  private static String[] basicCredentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }
}
