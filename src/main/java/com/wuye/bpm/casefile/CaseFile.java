package com.wuye.bpm.casefile;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The steps of every case of every flow (table {@code case_step}), keyed by the case's business key. A step is
 * kept once per task: a repeated listener call (a retried transaction) adds nothing.
 */
@Service
public class CaseFile {

  private final JdbcClient jdbc;
  private final Clock clock;

  CaseFile(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Keeps a completed step of the case {@code businessKey}; nothing happens if that task's step is there. */
  public void record(String businessKey, String processKey, String step, String stepName, String taskId,
      String actor, String note) {
    jdbc.sql("""
            insert into case_step (business_key, process_key, step, step_name, task_id, actor, occurred_at, note)
            select :key, :process, :step, :name, :task, :actor, :at, :note where not exists
              (select 1 from case_step where business_key = :key and step = :step and task_id = :task)""")
        .param("key", businessKey).param("process", processKey).param("step", step)
        .param("name", stepName == null ? step : stepName).param("task", taskId).param("actor", actor)
        .param("at", OffsetDateTime.now(clock)).param("note", note)
        .update();
  }

  /** The case's steps in the order they happened. */
  public List<CaseStep> steps(String businessKey) {
    return jdbc.sql("""
            select step, step_name, actor, occurred_at, note from case_step where business_key = :key order by id""")
        .param("key", businessKey)
        .query((rs, i) -> new CaseStep(rs.getString("step"), rs.getString("step_name"), rs.getString("actor"),
            rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("note")))
        .list();
  }
}
