package com.wuye.bpm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.WuyeBpmApplication;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production profile on a real PostgreSQL (run by the build's postgres execution): the administrator comes
 * from the environment, no demo user exists, and the organisation is there.
 */
@Tag("postgres")
class PostgresProfileTest {

  @Test
  void createsTheAdministratorFromTheEnvironmentAndNoDemoUsers() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(WuyeBpmApplication.class)
        .profiles("postgres")
        // arguments, not default properties: they must win over application*.yaml
        .run("--server.port=0",
            "--WUYE_DB_URL=" + System.getProperty("spring.datasource.url"),
            "--WUYE_DB_USER=" + System.getProperty("spring.datasource.username"),
            "--WUYE_DB_PASSWORD=" + System.getProperty("spring.datasource.password", ""),
            "--WUYE_ADMIN_USER=betriebsleiter",
            "--WUYE_ADMIN_PASSWORD=s3cret-from-env",
            "--camunda.bpm.process-engine-name=postgresprofile",
            "--camunda.bpm.job-execution.enabled=false")) {
      assertThat(app.getEnvironment().getActiveProfiles()).containsExactly("postgres");
      IdentityService identity = app.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.checkPassword("betriebsleiter", "s3cret-from-env")).isTrue();
      assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("betriebsleiter").count()).isOne();
      assertThat(identity.createGroupQuery().groupId(StaffGroup.GENERAL_MANAGER.id()).count()).isOne();
      assertThat(app.getBeanNamesForType(DemoOrganisation.class)).isEmpty();
      assertThat(app.getEnvironment().getProperty("wuye.demo.password")).isNull();
    }
  }
}
