package com.wuye.bpm.api;

import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

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
