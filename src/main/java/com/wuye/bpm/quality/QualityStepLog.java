package com.wuye.bpm.quality;

import com.wuye.bpm.engine.TaskActor;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The steps people completed on a quality record (review, certification, ...), kept once per task. */
@Component
class QualityStepLog {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  QualityStepLog(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Keeps the completed task as a step of the record; a repeated call for the same task adds nothing. */
  void record(String recordNumber, DelegateTask task, String note) {
    jdbc.update("""
        insert into quality_step (record_number, step, step_name, task_id, actor, occurred_at, note)
        select ?, ?, ?, ?, ?, ?, ? where not exists
          (select 1 from quality_step where record_number = ? and step = ? and task_id = ?)""",
        recordNumber, task.getTaskDefinitionKey(), task.getName(), task.getId(), TaskActor.of(task), OffsetDateTime.now(clock),
        note, recordNumber, task.getTaskDefinitionKey(), task.getId());
  }

  List<QualityStep> steps(String recordNumber) {
    return jdbc.query("""
        select step, step_name, actor, occurred_at, note from quality_step where record_number = ? order by id""",
        (rs, i) -> new QualityStep(rs.getString("step"), rs.getString("step_name"), rs.getString("actor"),
            rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("note")), recordNumber);
  }
}
