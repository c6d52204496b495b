package com.wuye.bpm.fee;

import com.wuye.bpm.WuyeBpmApplication;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One application node on the PostgreSQL named by {@code WUYE_TEST_PG_URL} (user {@code WUYE_TEST_PG_USER},
 * default postgres; password {@code WUYE_TEST_PG_PASSWORD}, default empty), on a random port. Several
 * nodes on one database form a cluster, as in production.
 */
final class FeeNode implements AutoCloseable {

  static final String PG_URL = "WUYE_TEST_PG_URL";

  final ConfigurableApplicationContext context;

  private FeeNode(ConfigurableApplicationContext context) {
    this.context = context;
  }

  static FeeNode start(boolean jobExecutor, String... more) {
    List<String> args = new ArrayList<>(List.of(
        "--spring.datasource.url=" + System.getenv(PG_URL),
        "--spring.datasource.username=" + env("WUYE_TEST_PG_USER", "postgres"),
        "--spring.datasource.password=" + env("WUYE_TEST_PG_PASSWORD", ""),
        "--camunda.bpm.generate-unique-process-engine-name=true",
        "--camunda.bpm.job-execution.enabled=" + jobExecutor,
        "--wuye.fee.billing-schedule-enabled=false", "--server.port=0",
        "--logging.level.org.camunda.bpm.engine.jobexecutor=warn"));
    args.addAll(List.of(more));
    return new FeeNode(new SpringApplicationBuilder(WuyeBpmApplication.class).profiles("demo")
        .run(args.toArray(String[]::new)));
  }

  /**
   * A node as production runs it (profile postgres, see application-postgres.yaml) with the demo users as API
   * clients, and the job executor on.
   */
  static FeeNode startProduction(String... settings) {
    List<String> args = new ArrayList<>(List.of("--spring.profiles.active=demo,postgres",
        "--WUYE_ADMIN_USER=demo", "--WUYE_ADMIN_PASSWORD=demo"));
    args.addAll(List.of(settings));
    return start(true, args.toArray(String[]::new));
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  ProcessEngine engine() {
    return bean(ProcessEngine.class);
  }

  JdbcTemplate jdbc() {
    return bean(JdbcTemplate.class);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  @Override
  public void close() {
    context.close();
  }
}
