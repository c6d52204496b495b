package com.wuye.bpm.supervision;

import com.wuye.bpm.engine.SetupLock;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: the branch 杭州分公司 (HZ) managing the demo estate 金利达花园 (JLD), so that assessments have a
 * project to score. Loaded once, even when nodes start together.
 */
@Component
@Profile("demo")
class DemoBranches {

  static final String BRANCH = "HZ";
  static final String ESTATE = "JLD";

  private final JdbcClient jdbc;
  private final SetupLock setupLock;

  DemoBranches(JdbcClient jdbc, SetupLock setupLock) {
    this.jdbc = jdbc;
    this.setupLock = setupLock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Transactional
  public void load() {
    setupLock.hold("supervision-demo-branches");
    if (jdbc.sql("select count(*) from branch where code = :code").param("code", BRANCH).query(Integer.class)
        .single() > 0) {
      return;
    }
    jdbc.sql("insert into branch (code, name) values (:code, '杭州分公司')").param("code", BRANCH).update();
    jdbc.sql("insert into branch_project (estate_code, branch_code) values (:estate, :branch)")
        .param("estate", ESTATE).param("branch", BRANCH).update();
  }
}
