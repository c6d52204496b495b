package com.wuye.bpm.complaint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ComplaintRepository {

  private final JdbcTemplate jdbc;

  ComplaintRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, String processInstanceId, ComplaintIntake intake, String receivedBy,
      OffsetDateTime receivedAt) {
    jdbc.update("""
        insert into complaint (number, process_instance_id, owner_name, unit, phone, channel, category, description,
          urgent, received_by, status, received_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, processInstanceId, intake.ownerName(), intake.unit(), intake.phone(), intake.channel(),
        intake.category(), intake.description(), intake.urgent(), receivedBy, ComplaintStatus.RECEIVED.name(),
        receivedAt);
  }

  Optional<Complaint> findByNumber(String number) {
    return jdbc.query("select * from complaint where number = ?", this::map, number).stream().findFirst();
  }

  Optional<Complaint> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select * from complaint where process_instance_id = ?", this::map, processInstanceId)
        .stream().findFirst();
  }

  void assign(String number, ComplaintClassification classification) {
    jdbc.update("""
        update complaint set responsible_group = ?, priority = ?, response_minutes = ?, callback_required = ?,
          status = ? where number = ?""",
        classification.responsibleGroup(), classification.priority(), classification.responseMinutes(),
        classification.callbackRequired(), ComplaintStatus.ASSIGNED.name(), number);
  }

  void acknowledge(String number, OffsetDateTime at, long responseSeconds) {
    jdbc.update("""
        update complaint set acknowledged_at = ?, response_seconds = ?, status = ?
        where number = ? and acknowledged_at is null""",
        at, responseSeconds, ComplaintStatus.IN_PROGRESS.name(), number);
  }

  void escalate(String number, OffsetDateTime at) {
    jdbc.update("update complaint set escalated_at = ? where number = ? and escalated_at is null", at, number);
  }

  void status(String number, ComplaintStatus status) {
    jdbc.update("update complaint set status = ? where number = ?", status.name(), number);
  }

  void callback(String number, boolean satisfied) {
    jdbc.update("update complaint set satisfied = ? where number = ?", satisfied, number);
  }

  int reopen(String number) {
    jdbc.update("update complaint set reopen_count = reopen_count + 1, status = ? where number = ?",
        ComplaintStatus.REOPENED.name(), number);
    return jdbc.queryForObject("select reopen_count from complaint where number = ?", Integer.class, number);
  }

  void close(String number, OffsetDateTime at, long resolutionSeconds) {
    jdbc.update("""
        update complaint set closed_at = ?, resolution_seconds = ?, status = ? where number = ? and closed_at is null""",
        at, resolutionSeconds, ComplaintStatus.CLOSED.name(), number);
  }

  /** Adds the step once: a repeated task listener call for the same task changes nothing. */
  void addStep(long complaintId, String step, String stepName, String taskId, String actor, OffsetDateTime at,
      String note) {
    jdbc.update("""
        insert into complaint_step (complaint_id, step, step_name, task_id, actor, occurred_at, note)
        select ?, ?, ?, ?, ?, ?, ? where not exists
          (select 1 from complaint_step where complaint_id = ? and step = ? and task_id = ?)""",
        complaintId, step, stepName, taskId, actor, at, note, complaintId, step, taskId);
  }

  List<ComplaintStep> steps(long complaintId) {
    return jdbc.query("""
        select step, step_name, actor, occurred_at, note from complaint_step where complaint_id = ? order by id""",
        (rs, i) -> new ComplaintStep(rs.getString("step"), rs.getString("step_name"), rs.getString("actor"),
            rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("note")), complaintId);
  }

  private Complaint map(ResultSet rs, int row) throws SQLException {
    return new Complaint(rs.getLong("id"), rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("owner_name"), rs.getString("unit"), rs.getString("phone"), rs.getString("channel"),
        rs.getString("category"), rs.getString("description"), rs.getBoolean("urgent"), rs.getString("received_by"),
        rs.getString("responsible_group"), rs.getString("priority"), (Integer) rs.getObject("response_minutes"),
        (Boolean) rs.getObject("callback_required"), ComplaintStatus.valueOf(rs.getString("status")),
        rs.getObject("received_at", OffsetDateTime.class), rs.getObject("acknowledged_at", OffsetDateTime.class),
        rs.getObject("escalated_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class),
        rs.getInt("reopen_count"), (Boolean) rs.getObject("satisfied"),
        rs.getObject("response_seconds") == null ? null : rs.getLong("response_seconds"),
        rs.getObject("resolution_seconds") == null ? null : rs.getLong("resolution_seconds"));
  }
}
