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

/** Flyway runs after the engine has its tables, and the indexes V8 and V9 add to the engine's job table are there. */
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
  void theJobTableHasTheIndexesTheJobExecutorsPollNeeds() throws SQLException {
    assertThat(indexColumns("ACT_RU_JOB", "wuye_job_due")).containsExactly("DUEDATE_");
    assertThat(indexColumns("ACT_RU_JOB", "wuye_job_lock_expiry")).containsExactly("LOCK_EXP_TIME_");
  }

  private List<String> indexColumns(String table, String indexName) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String name : List.of(table.toUpperCase(), table.toLowerCase())) {
        try (ResultSet index = connection.getMetaData().getIndexInfo(null, null, name, false, false)) {
          while (index.next()) {
            if (indexName.equalsIgnoreCase(index.getString("INDEX_NAME"))) {
              columns.add(index.getString("COLUMN_NAME").toUpperCase());
            }
          }
        }
      }
    }
    return columns;
  }
}
