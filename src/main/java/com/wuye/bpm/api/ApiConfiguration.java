package com.wuye.bpm.api;

import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration
class ApiConfiguration {

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identityService,
      ApiProperties properties, Clock clock) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
        new ApiAuthenticationFilter(identityService, new CheckedCredentials(properties.credentialsTtl(), clock)));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }

  /**
   * First of all filters on every way to sign in: /api, the engine's REST API, the web applications' login and
   * their copy of the REST API.
   */
  @Bean
  FilterRegistrationBean<SignInThrottle> signInThrottle(SignInProperties settings, Clock clock) {
    FilterRegistrationBean<SignInThrottle> registration =
        new FilterRegistrationBean<>(new SignInThrottle(settings, clock));
    registration.setName("sign-in-throttle");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** After authentication: a key belongs to the user who sent it. */
  @Bean
  FilterRegistrationBean<IdempotencyKeys> apiIdempotencyKeys(JdbcTemplate jdbc, PlatformTransactionManager transactions,
      Clock clock) {
    FilterRegistrationBean<IdempotencyKeys> registration =
        new FilterRegistrationBean<>(new IdempotencyKeys(jdbc, transactions, clock));
    registration.setName("api-idempotency-keys");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 5);
    return registration;
  }

  @Bean
  FilterRegistrationBean<RequestLimits> apiRequestLimits(ApiProperties properties) {
    FilterRegistrationBean<RequestLimits> registration =
        new FilterRegistrationBean<>(new RequestLimits(properties.maxBodySize().toBytes()));
    registration.setName("api-request-limits");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
    return registration;
  }
}
