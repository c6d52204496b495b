package com.wuye.bpm.engine;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine's REST API ({@code /engine-rest}, used by the Camunda Modeler's deploy dialog) answers only to
 * HTTP basic credentials of an engine user; what the user may then do is decided by the engine's
 * authorizations.
 */
@Configuration
class RestApiSecurity {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addInitParameter("rest-url-pattern-prefix", "/engine-rest");
    return registration;
  }

  /** Before the authentication filter, so that its 401 is problem+json too. */
  @Bean
  FilterRegistrationBean<EngineRestRequests> engineRestProblems() {
    FilterRegistrationBean<EngineRestRequests> registration = new FilterRegistrationBean<>(new EngineRestRequests(true));
    registration.setName("engine-rest-problems");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
    return registration;
  }

  /** The web applications' copy of the engine's REST API: refused input answered with 400 there too. */
  @Bean
  FilterRegistrationBean<EngineRestRequests> webappRestRequests() {
    FilterRegistrationBean<EngineRestRequests> registration = new FilterRegistrationBean<>(new EngineRestRequests(false));
    registration.setName("webapp-rest-requests");
    registration.addUrlPatterns("/camunda/api/*");
    return registration;
  }
}
