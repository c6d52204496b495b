package com.wuye.bpm.api;

import java.time.Clock;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ApiConfiguration {

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identityService,
      ApiProperties properties, Clock clock) {
    FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
        new ApiAuthenticationFilter(identityService, new CheckedCredentials(properties.credentialsTtl(), clock)));
    registration.setName("api-authentication");
    registration.addUrlPatterns("/api/*");
    return registration;
  }
}
