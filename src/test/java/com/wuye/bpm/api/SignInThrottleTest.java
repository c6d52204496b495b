package com.wuye.bpm.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.time.Instant;
import com.wuye.bpm.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 20, point 6: wrong sign-ins are slowed per source, and only for that source. */
class SignInThrottleTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2027-02-16T01:00:00Z"));
  private final SignInThrottle throttle = new SignInThrottle(
      new SignInProperties(3, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofMinutes(15)), clock);

  @Test
  void sourceBeyondItsFreeFailuresWaitsLongerWithEachAndOthersDoNot() throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(signIn("10.0.0.9", 401).getStatus()).isEqualTo(401);
    }
    assertThat(signIn("10.0.0.9", 401).getStatus()).isEqualTo(401);

    MockHttpServletResponse waiting = signIn("10.0.0.9", 200);
    assertThat(waiting.getStatus()).isEqualTo(429);
    assertThat(waiting.getHeader("Retry-After")).isEqualTo("1");
    assertThat(waiting.getContentType()).startsWith("application/problem+json");
    assertThat(signIn("10.0.0.7", 200).getStatus()).as("another source").isEqualTo(200);

    clock.move(Duration.ofSeconds(1));
    assertThat(signIn("10.0.0.9", 401).getStatus()).isEqualTo(401);
    assertThat(signIn("10.0.0.9", 200).getHeader("Retry-After")).isEqualTo("2");
    for (int i = 0; i < 5; i++) {
      clock.move(Duration.ofSeconds(60));
      signIn("10.0.0.9", 401);
    }
    assertThat(signIn("10.0.0.9", 200).getHeader("Retry-After")).as("at most max-delay").isEqualTo("8");
  }

  @Test
  void failuresAreForgottenAfterTheWindowAndGoodSignInsDoNotCount() throws Exception {
    for (int i = 0; i < 10; i++) {
      signIn("10.0.0.5", 200);
    }
    for (int i = 0; i < 4; i++) {
      signIn("10.0.0.5", 401);
    }
    assertThat(signIn("10.0.0.5", 200).getStatus()).isEqualTo(429);

    clock.move(Duration.ofMinutes(16));
    assertThat(signIn("10.0.0.5", 401).getStatus()).isEqualTo(401);
    assertThat(signIn("10.0.0.5", 200).getStatus()).as("one failure in a new window is free").isEqualTo(200);
  }

  private MockHttpServletResponse signIn(String source, int answer) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/complaints/TS-2027-000001");
    request.setRemoteAddr(source);
    MockHttpServletResponse response = new MockHttpServletResponse();
    throttle.doFilter(request, response, new MockFilterChain() {
      @Override
      public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
        ((HttpServletResponse) res).setStatus(answer);
      }
    });
    return response;
  }
}
