package com.wuye.bpm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import com.wuye.bpm.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Who may call /api, and how often the engine's identity service is asked. */
class ApiAuthenticationFilterTest {

  private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final MovableClock clock = new MovableClock(Instant.parse("2027-02-16T01:00:00Z"));

  @BeforeEach
  void caiwuWithPasswordDemo() {
    when(identity.checkPassword(anyString(), anyString())).thenReturn(false);
    when(identity.checkPassword("caiwu", "demo")).thenReturn(true);
    Group finance = mock(Group.class);
    when(finance.getId()).thenReturn("finance");
    when(identity.createGroupQuery().groupMember("caiwu").list()).thenReturn(List.of(finance));
  }

  @Test
  void goodCredentialsAreCheckedOncePerTtlAndStandForTheUserAndGroups() throws Exception {
    ApiAuthenticationFilter filter = filter(Duration.ofSeconds(30));

    MockHttpServletRequest first = request("caiwu", "demo");
    assertThat(call(filter, first).getStatus()).isEqualTo(200);
    clock.move(Duration.ofSeconds(29));
    MockHttpServletRequest second = request("caiwu", "demo");
    assertThat(call(filter, second).getStatus()).isEqualTo(200);

    assertThat(ApiUser.of(first)).isEqualTo(new ApiUser("caiwu", List.of("finance")));
    assertThat(ApiUser.of(second)).isEqualTo(ApiUser.of(first));
    verify(identity, times(1)).checkPassword("caiwu", "demo");

    clock.move(Duration.ofSeconds(1));
    assertThat(call(filter, request("caiwu", "demo")).getStatus()).isEqualTo(200);
    verify(identity, times(2)).checkPassword("caiwu", "demo");
  }

  @Test
  void aWrongPasswordIsRefusedEveryTimeAndNeverRemembered() throws Exception {
    ApiAuthenticationFilter filter = filter(Duration.ofSeconds(30));
    assertThat(call(filter, request("caiwu", "demo")).getStatus()).isEqualTo(200);

    for (int i = 0; i < 3; i++) {
      MockHttpServletResponse refused = call(filter, request("caiwu", "dem0"));
      assertThat(refused.getStatus()).isEqualTo(401);
      assertThat(refused.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"wuye-bpm\"");
      assertThat(refused.getContentType()).startsWith("application/problem+json");
    }
    // every wrong attempt reaches the engine, which counts it towards locking the user
    verify(identity, times(3)).checkPassword("caiwu", "dem0");
    assertThat(call(filter, request("caiwu", "demo")).getStatus()).isEqualTo(200);
    verify(identity, times(1)).checkPassword("caiwu", "demo");
  }

  @Test
  void withoutCredentialsOrWithATtlOfZeroTheIdentityServiceDecidesEveryRequest() throws Exception {
    ApiAuthenticationFilter filter = filter(Duration.ZERO);
    assertThat(call(filter, new MockHttpServletRequest("GET", "/api/bills/FB-1")).getStatus()).isEqualTo(401);
    MockHttpServletRequest notBase64 = new MockHttpServletRequest("GET", "/api/bills/FB-1");
    notBase64.addHeader("Authorization", "Basic ***");
    assertThat(call(filter, notBase64).getStatus()).isEqualTo(401);
    verify(identity, never()).checkPassword(anyString(), anyString());

    assertThat(call(filter, request("caiwu", "demo")).getStatus()).isEqualTo(200);
    assertThat(call(filter, request("caiwu", "demo")).getStatus()).isEqualTo(200);
    verify(identity, times(2)).checkPassword("caiwu", "demo");
  }

  @Test
  void theRememberedCredentialsStayBoundedWhateverCallersSend() {
    CheckedCredentials checked = new CheckedCredentials(Duration.ofSeconds(30), clock);
    for (int i = 0; i < CheckedCredentials.MAX_ENTRIES + 5; i++) {
      checked.user("user-" + i, "pw", () -> new ApiUser("someone", List.of()));
    }
    assertThat(checked.size()).isLessThanOrEqualTo(CheckedCredentials.MAX_ENTRIES);
  }

  @Test
  void aNegativeTtlIsRefusedAtStartAndNoneMeansThirtySeconds() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ApiProperties(Duration.ofSeconds(-1), null))
        .withMessageContaining("wuye.api.credentials-ttl");
    assertThat(new ApiProperties(null, null).credentialsTtl()).isEqualTo(Duration.ofSeconds(30));
  }

  private ApiAuthenticationFilter filter(Duration ttl) {
    return new ApiAuthenticationFilter(identity, new CheckedCredentials(ttl, clock));
  }

  private static MockHttpServletRequest request(String user, String password) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/bills/FB-1/payments");
    request.addHeader("Authorization", "Basic "
        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return request;
  }

  private static MockHttpServletResponse call(ApiAuthenticationFilter filter, MockHttpServletRequest request)
      throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }
}
