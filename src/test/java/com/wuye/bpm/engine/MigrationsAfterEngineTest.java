package com.wuye.bpm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.support.SpringIntegrationTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/** Flyway runs after the engine has its tables, and V8's index on the engine's job table is there. */
class MigrationsAfterEngineTest extends SpringIntegrationTest {

  @Autowired ConfigurableListableBeanFactory beans;
  @Autowired DataSource dataSource;

  @Test
  void flywayWaitsForTheProcessEngine() {
    String[] engines = beans.getBeanNamesForType(ProcessEngine.class, true, false);
    assertThat(engines).isNotEmpty();
    assertThat(beans.getBeanDefinition(MigrationsAfterEngine.FLYWAY_INITIALIZER).getDependsOn()).contains(engines);
  }

  @Test
  void theJobTableHasTheDueDateIndex() throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String table : List.of("ACT_RU_JOB", "act_ru_job")) {
        try (ResultSet index = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
          while (index.next()) {
            if ("wuye_job_due".equalsIgnoreCase(index.getString("INDEX_NAME"))) {
              columns.add(index.getString("COLUMN_NAME").toUpperCase());
            }
          }
        }
      }
    }
    assertThat(columns).containsExactly("DUEDATE_");
  }
}
