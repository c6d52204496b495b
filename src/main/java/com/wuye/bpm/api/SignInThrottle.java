package com.wuye.bpm.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows wrong passwords per source: each request that the sign-in behind this filter answers with 401 (the REST
 * APIs' basic authentication, the web applications' login) counts for its source address; beyond
 * {@code free-failures} within {@code window} the source must wait, {@code first-delay} doubling up to
 * {@code max-delay}, and meanwhile gets 429 with {@code Retry-After} without its credentials being checked at all.
 * The engine itself slows wrong passwords per user (its login delay) and no longer locks a user for good
 * ({@code loginMaxAttempts} in application.yaml), so that nobody can lock a colleague out by guessing; an
 * administrator can still lock and unlock users in the Admin app. docs/operations.md, "Sign-in and lock-out".
 *
 * <p>Each node keeps its own count (a stranger spreading guesses over n nodes gets n times as many); the counts
 * are a brake, not a record, and are forgotten with the node. At most {@link #MAX_SOURCES} sources are kept.
 */
public final class SignInThrottle extends OncePerRequestFilter {

  static final int MAX_SOURCES = 100_000;

  private record Failures(int count, Instant last, Instant waitUntil) {}

  private final SignInProperties settings;
  private final Clock clock;
  private final Map<String, Failures> sources = new ConcurrentHashMap<>();

  public SignInThrottle(SignInProperties settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String source = request.getRemoteAddr();
    Instant now = clock.instant();
    Failures failures = sources.get(source);
    if (failures != null && now.isBefore(failures.waitUntil())) {
      long seconds = Math.max(1, Duration.between(now, failures.waitUntil()).toSeconds());
      response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
      RequestLimits.refuse(response, request, 429, "Too Many Requests",
          "登录失败次数过多，请 " + seconds + " 秒后再试 (too many wrong sign-ins from this address)");
      return;
    }
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
      failed(source, now);
    }
  }

  private void failed(String source, Instant now) {
    if (sources.size() >= MAX_SOURCES) {
      sources.values().removeIf(f -> f.last().plus(settings.window()).isBefore(now));
    }
    sources.compute(source, (address, earlier) -> {
      int count = earlier == null || earlier.last().plus(settings.window()).isBefore(now) ? 1 : earlier.count() + 1;
      Instant waitUntil = count <= settings.freeFailures() ? now : now.plus(delay(count - settings.freeFailures()));
      return new Failures(count, now, waitUntil);
    });
  }

  private Duration delay(int beyondFree) {
    Duration delay = settings.firstDelay();
    for (int i = 1; i < beyondFree && delay.compareTo(settings.maxDelay()) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
  }
}
