package com.wuye.bpm.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine creates or updates its ACT_* tables first, then Flyway applies db/migration: some migrations
 * (V8) add indexes the engine's own schema lacks, so they need its tables. Spring would otherwise create the two
 * in whatever order it meets them.
 */
@Configuration(proxyBeanMethods = false)
public class MigrationsAfterEngine {

  static final String FLYWAY_INITIALIZER = "flywayInitializer";

  @Bean
  static BeanFactoryPostProcessor flywayAfterProcessEngine() {
    return factory -> {
      if (!factory.containsBeanDefinition(FLYWAY_INITIALIZER)) {
        return;
      }
      BeanDefinition flyway = factory.getBeanDefinition(FLYWAY_INITIALIZER);
      List<String> dependsOn = new ArrayList<>(
          flyway.getDependsOn() == null ? List.of() : Arrays.asList(flyway.getDependsOn()));
      dependsOn.addAll(Arrays.asList(factory.getBeanNamesForType(ProcessEngine.class, true, false)));
      flyway.setDependsOn(dependsOn.toArray(String[]::new));
    };
  }
}
