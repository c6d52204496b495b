package com.wuye.bpm.complaint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ComplaintRepository {

  private final JdbcClient jdbc;

  ComplaintRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, String processInstanceId, ComplaintIntake intake, String receivedBy,
      OffsetDateTime receivedAt) {
    jdbc.sql("""
        insert into complaint (number, process_instance_id, owner_name, unit, phone, channel, category, description,
          urgent, received_by, status, received_at)
        values (:number, :processInstanceId, :ownerName, :unit, :phone, :channel, :category, :description,
          :urgent, :receivedBy, :status, :receivedAt)""")
        .param("number", number)
        .param("processInstanceId", processInstanceId)
        .param("ownerName", intake.ownerName())
        .param("unit", intake.unit())
        .param("phone", intake.phone())
        .param("channel", intake.channel())
        .param("category", intake.category())
        .param("description", intake.description())
        .param("urgent", intake.urgent())
        .param("receivedBy", receivedBy)
        .param("status", ComplaintStatus.RECEIVED.name())
        .param("receivedAt", receivedAt)
        .update();
  }

  Optional<Complaint> findByNumber(String number) {
    return jdbc.sql("select * from complaint where number = ?").param(number).query(this::map).optional();
  }

  Optional<Complaint> findByProcessInstance(String processInstanceId) {
    return jdbc.sql("select * from complaint where process_instance_id = ?").param(processInstanceId)
        .query(this::map).optional();
  }

  void assign(String number, ComplaintClassification classification) {
    jdbc.sql("""
        update complaint set responsible_group = :group, priority = :priority, response_minutes = :minutes,
          callback_required = :callback, status = :status where number = :number""")
        .param("group", classification.responsibleGroup())
        .param("priority", classification.priority())
        .param("minutes", classification.responseMinutes())
        .param("callback", classification.callbackRequired())
        .param("status", ComplaintStatus.ASSIGNED.name())
        .param("number", number)
        .update();
  }

  void acknowledge(String number, OffsetDateTime at, long responseSeconds) {
    jdbc.sql("""
        update complaint set acknowledged_at = :at, response_seconds = :seconds, status = :status
        where number = :number and acknowledged_at is null""")
        .param("at", at).param("seconds", responseSeconds).param("status", ComplaintStatus.IN_PROGRESS.name())
        .param("number", number)
        .update();
  }

  void escalate(String number, OffsetDateTime at) {
    jdbc.sql("update complaint set escalated_at = ? where number = ? and escalated_at is null").params(at, number)
        .update();
  }

  /** Handled and recorded: waiting for the callback, whose answer is not known yet. */
  void awaitCallback(String number) {
    jdbc.sql("update complaint set status = ?, satisfied = null where number = ?")
        .params(ComplaintStatus.AWAITING_CALLBACK.name(), number).update();
  }

  void callback(String number, boolean satisfied) {
    jdbc.sql("update complaint set satisfied = ? where number = ?").params(satisfied, number).update();
  }

  int reopen(String number) {
    jdbc.sql("update complaint set reopen_count = reopen_count + 1, status = ? where number = ?")
        .params(ComplaintStatus.REOPENED.name(), number).update();
    return jdbc.sql("select reopen_count from complaint where number = ?").param(number).query(Integer.class)
        .single();
  }

  void close(String number, OffsetDateTime at, long resolutionSeconds) {
    jdbc.sql("""
        update complaint set closed_at = :at, resolution_seconds = :seconds, status = :status
        where number = :number and closed_at is null""")
        .param("at", at).param("seconds", resolutionSeconds).param("status", ComplaintStatus.CLOSED.name())
        .param("number", number)
        .update();
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
