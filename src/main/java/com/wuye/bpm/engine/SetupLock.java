package com.wuye.bpm.engine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lock of a one-time set-up at start (the organisation, the demo estate) across cluster nodes that start
 * together: one row per set-up in {@code engine_setup_lock}, written by the set-up's migration. The first node
 * holds it until its transaction ends; the others wait and then find the set-up done.
 */
@Component
public class SetupLock {

  private final JdbcClient jdbc;

  SetupLock(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Holds the set-up's lock until the caller's transaction ends. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void hold(String setUp) {
    if (jdbc.sql("select name from engine_setup_lock where name = :name for update").param("name", setUp)
        .query(String.class).list().isEmpty()) {
      throw new IllegalStateException("no engine_setup_lock row for " + setUp + ": its migration inserts it");
    }
  }
}
