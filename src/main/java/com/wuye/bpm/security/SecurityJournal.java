package com.wuye.bpm.security;

import com.wuye.bpm.engine.TaskActor;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The steps of every security record (screening, incident, inspection, found item, access card), one row per
 * completed task: a repeated listener call for the same task adds nothing.
 */
@Component
class SecurityJournal {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  SecurityJournal(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Keeps the completed (or created) user task as a step of the record. */
  void record(String flow, String reference, DelegateTask task, String note) {
    add(flow, reference, task.getTaskDefinitionKey(), task.getName(), task.getId(), TaskActor.of(task), note);
  }

  void add(String flow, String reference, String step, String stepName, String taskId, String actor, String note) {
    jdbc.update("""
        insert into security_step (flow, reference, step, step_name, task_id, actor, occurred_at, note)
        select ?, ?, ?, ?, ?, ?, ?, ? where not exists
          (select 1 from security_step where reference = ? and step = ? and task_id = ?)""",
        flow, reference, step, stepName, taskId, actor, OffsetDateTime.now(clock), note, reference, step, taskId);
  }

  List<SecurityStep> steps(String reference) {
    return jdbc.query("""
        select step, step_name, actor, occurred_at, note from security_step where reference = ? order by id""",
        (rs, i) -> new SecurityStep(rs.getString("step"), rs.getString("step_name"), rs.getString("actor"),
            rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("note")), reference);
  }

}
