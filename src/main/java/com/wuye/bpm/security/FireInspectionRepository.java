package com.wuye.bpm.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The tables {@code fire_inspection} and {@code fire_check}. */
@Repository
class FireInspectionRepository {

  private static final String CHECK_OF = "inspection_id = (select id from fire_inspection where number = ?) and check_type = ?";

  private final JdbcTemplate jdbc;

  FireInspectionRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, String processInstanceId, String triggerKind, String area, String reason,
      String requestedBy, OffsetDateTime at) {
    jdbc.update("""
        insert into fire_inspection (number, process_instance_id, trigger_kind, area, reason, requested_by, opened_at)
        values (?, ?, ?, ?, ?, ?, ?)""", number, processInstanceId, triggerKind, area, reason, requestedBy, at);
  }

  Optional<FireInspection> findByNumber(String number) {
    return jdbc.query("select * from fire_inspection where number = ?", this::map, number).stream().findFirst();
  }

  Optional<FireInspection> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select * from fire_inspection where process_instance_id = ?", this::map, processInstanceId)
        .stream().findFirst();
  }

  void signed(String number, String inspectedBy, OffsetDateTime at, String responsibleParty, String note,
      int hazardCount) {
    jdbc.update("""
        update fire_inspection set inspected_by = ?, signed_at = ?, responsible_party = ?, note = ?, hazard_count = ?
        where number = ?""", inspectedBy, at, responsibleParty, note, hazardCount, number);
  }

  /** Adds the check once: a repeated completion changes nothing. */
  void addCheck(String number, String checkType, boolean problem, String detail) {
    jdbc.update("""
        insert into fire_check (inspection_id, check_type, problem, detail)
        select id, ?, ?, ? from fire_inspection where number = ? and not exists
          (select 1 from fire_check c where c.inspection_id = fire_inspection.id and c.check_type = ?)""",
        checkType, problem, detail, number, checkType);
  }

  List<FireCheck> checks(String number) {
    return jdbc.query("""
        select c.* from fire_check c join fire_inspection i on i.id = c.inspection_id where i.number = ? order by c.id""",
        this::mapCheck, number);
  }

  Optional<FireCheck> check(String number, String checkType) {
    return jdbc.query("select * from fire_check where " + CHECK_OF, this::mapCheck, number, checkType).stream()
        .findFirst();
  }

  /** Sets the deadline the first time only: a retried notice keeps the first deadline. */
  void deadline(String number, String checkType, int days, OffsetDateTime deadline, OffsetDateTime at) {
    jdbc.update("update fire_check set rectification_days = ?, deadline = ?, notified_at = ? where deadline is null and "
        + CHECK_OF, days, deadline, at, number, checkType);
  }

  void rechecked(String number, String checkType, String note) {
    jdbc.update("update fire_check set recheck_count = recheck_count + 1, last_recheck_note = ? where " + CHECK_OF,
        note, number, checkType);
  }

  void escalated(String number, String checkType, OffsetDateTime at) {
    jdbc.update("update fire_check set escalation_count = escalation_count + 1, last_escalated_at = ? where "
        + CHECK_OF, at, number, checkType);
  }

  void rectified(String number, String checkType, OffsetDateTime at) {
    jdbc.update("update fire_check set rectified_at = ? where rectified_at is null and " + CHECK_OF, at, number,
        checkType);
  }

  void filed(String number, OffsetDateTime at) {
    jdbc.update("update fire_inspection set filed_at = ? where number = ? and filed_at is null", at, number);
  }

  private FireInspection map(ResultSet rs, int row) throws SQLException {
    return new FireInspection(rs.getLong("id"), rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("trigger_kind"), rs.getString("area"), rs.getString("reason"), rs.getString("requested_by"),
        rs.getObject("opened_at", OffsetDateTime.class), rs.getString("inspected_by"),
        rs.getObject("signed_at", OffsetDateTime.class), rs.getString("responsible_party"), rs.getString("note"),
        (Integer) rs.getObject("hazard_count"), rs.getObject("filed_at", OffsetDateTime.class));
  }

  private FireCheck mapCheck(ResultSet rs, int row) throws SQLException {
    return new FireCheck(rs.getString("check_type"), rs.getBoolean("problem"), rs.getString("detail"),
        (Integer) rs.getObject("rectification_days"), rs.getObject("deadline", OffsetDateTime.class),
        rs.getObject("notified_at", OffsetDateTime.class), rs.getInt("recheck_count"),
        rs.getString("last_recheck_note"), rs.getInt("escalation_count"),
        rs.getObject("last_escalated_at", OffsetDateTime.class), rs.getObject("rectified_at", OffsetDateTime.class));
  }
}
