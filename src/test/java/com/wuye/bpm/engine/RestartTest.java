package com.wuye.bpm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.WuyeBpmApplication;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application started twice on the same H2 file, as an operator restarts it: the unchanged models create
 * no new deployment or version, and the organisation is not created twice.
 */
@Tag("standalone")
class RestartTest {

  @TempDir Path data;

  @Test
  void restartWithUnchangedModelsCreatesNoNewVersions() {
    Snapshot first = startAndCount();
    Snapshot second = startAndCount();

    assertThat(first.deployments()).isPositive();
    assertThat(second).isEqualTo(first);
  }

  private Snapshot startAndCount() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(WuyeBpmApplication.class)
        .profiles("demo")
        // arguments, not default properties: they must win over application.yaml
        .run("--server.port=0",
            "--spring.datasource.url=jdbc:h2:file:" + data.resolve("wuye").toAbsolutePath(),
            // a name of its own, so as not to replace another engine in the JVM-wide registry
            "--camunda.bpm.process-engine-name=restarttest",
            "--camunda.bpm.job-execution.enabled=false")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      RepositoryService repository = engine.getRepositoryService();
      return new Snapshot(repository.createDeploymentQuery().count(),
          repository.createProcessDefinitionQuery().count(), repository.createDecisionDefinitionQuery().count(),
          engine.getFilterService().createFilterQuery().count(),
          engine.getIdentityService().createUserQuery().count());
    }
  }

  record Snapshot(long deployments, long processDefinitions, long decisionDefinitions, long filters, long users) {}
}
