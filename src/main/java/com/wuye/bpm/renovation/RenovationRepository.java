package com.wuye.bpm.renovation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class RenovationRepository {

  private final JdbcTemplate jdbc;

  RenovationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, String processInstanceId, RenovationApplication application, String appliedBy,
      OffsetDateTime appliedAt) {
    jdbc.update("""
        insert into renovation (number, process_instance_id, unit_code, owner_name, owner_phone, contractor_name,
          contractor_phone, planned_start, planned_end, structural_change, plumbing_or_electrical, area_sqm,
          description, documents, applied_by, applied_at, status)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, processInstanceId, application.unit(), application.ownerName(), application.ownerPhone(),
        application.contractorName(), application.contractorPhone(), application.plannedStart(),
        application.plannedEnd(), application.structuralChange(), application.plumbingOrElectrical(),
        application.areaSqm(), application.description(), String.join(",", application.documents()), appliedBy,
        appliedAt, RenovationStatus.APPLIED.name());
  }

  Optional<Renovation> findByNumber(String number) {
    return jdbc.query("select * from renovation where number = ?", this::map, number).stream().findFirst();
  }

  Optional<Renovation> findById(long id) {
    return jdbc.query("select * from renovation where id = ?", this::map, id).stream().findFirst();
  }

  Optional<Renovation> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select * from renovation where process_instance_id = ?", this::map, processInstanceId)
        .stream().findFirst();
  }

  void status(String number, RenovationStatus status) {
    jdbc.update("update renovation set status = ? where number = ?", status.name(), number);
  }

  void accept(String number, RenovationTerms terms, OffsetDateTime at) {
    jdbc.update("""
        update renovation set accepted_at = coalesce(accepted_at, ?), engineering_inspection = ?, deposit = ?,
          garbage_fee = ?, status = ? where number = ?""",
        at, terms.engineeringInspection(), terms.deposit(), terms.garbageFee(), RenovationStatus.ACCEPTED.name(),
        number);
  }

  void approve(String number, String conditions, OffsetDateTime at) {
    jdbc.update("""
        update renovation set approved_at = coalesce(approved_at, ?), approval_conditions = ?, status = ?
        where number = ?""", at, conditions, RenovationStatus.APPROVED.name(), number);
  }

  void escalate(String number, OffsetDateTime at) {
    jdbc.update("update renovation set escalated_at = ? where number = ? and escalated_at is null", at, number);
  }

  void end(String number, RenovationStatus status, String reason, OffsetDateTime at) {
    jdbc.update("""
        update renovation set status = ?, rejection_reason = ?, rejected_at = coalesce(rejected_at, ?)
        where number = ?""", status.name(), reason, at, number);
  }

  void completed(String number, LocalDate completedOn) {
    jdbc.update("update renovation set completed_on = ?, status = ? where number = ?", completedOn,
        RenovationStatus.COMPLETION_REPORTED.name(), number);
  }

  void close(String number, OffsetDateTime at) {
    jdbc.update("update renovation set closed_at = coalesce(closed_at, ?), status = ? where number = ?", at,
        RenovationStatus.CLOSED.name(), number);
  }

  /** Adds the step once: a repeated task listener call for the same task changes nothing. */
  void addStep(long renovationId, String step, String stepName, String taskId, String actor, OffsetDateTime at,
      String note) {
    jdbc.update("""
        insert into renovation_step (renovation_id, step, step_name, task_id, actor, occurred_at, note)
        select ?, ?, ?, ?, ?, ?, ? where not exists
          (select 1 from renovation_step where renovation_id = ? and step = ? and task_id = ?)""",
        renovationId, step, stepName, taskId, actor, at, note, renovationId, step, taskId);
  }

  /** The latest step of a kind: its id and note. */
  Optional<RenovationStep> latestStep(long renovationId, String step) {
    return jdbc.query("""
        select id, step, step_name, actor, occurred_at, note from renovation_step
        where renovation_id = ? and step = ? order by id desc""", this::mapStep, renovationId, step)
        .stream().findFirst();
  }

  List<RenovationStep> steps(long renovationId) {
    return jdbc.query("""
        select id, step, step_name, actor, occurred_at, note from renovation_step
        where renovation_id = ? order by id""", this::mapStep, renovationId);
  }

  /** Records the money of a kind once: a retry changes nothing. */
  void addMoney(long renovationId, String kind, BigDecimal amount, String receiptNumber, String reason,
      String recordedBy, OffsetDateTime at) {
    jdbc.update("""
        insert into renovation_money (renovation_id, kind, amount, receipt_number, reason, recorded_by, recorded_at)
        select ?, ?, ?, ?, ?, ?, ? where not exists
          (select 1 from renovation_money where renovation_id = ? and kind = ?)""",
        renovationId, kind, amount, receiptNumber, reason, recordedBy, at, renovationId, kind);
  }

  List<RenovationMoney> money(long renovationId) {
    return jdbc.query("""
        select kind, amount, receipt_number, reason, recorded_by, recorded_at from renovation_money
        where renovation_id = ? order by id""",
        (rs, i) -> new RenovationMoney(rs.getString("kind"), rs.getBigDecimal("amount"), rs.getString("receipt_number"),
            rs.getString("reason"), rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)),
        renovationId);
  }

  void insertPermit(String number, Renovation renovation, OffsetDateTime at) {
    jdbc.update("""
        insert into renovation_permit (number, renovation_id, unit_code, valid_from, valid_until, issued_at)
        values (?, ?, ?, ?, ?, ?)""",
        number, renovation.id(), renovation.unit(), renovation.plannedStart(), renovation.plannedEnd(), at);
  }

  Optional<RenovationPermit> permitOf(long renovationId) {
    return jdbc.query("select * from renovation_permit where renovation_id = ?", this::mapPermit, renovationId)
        .stream().findFirst();
  }

  Optional<RenovationPermit> permit(String number) {
    return jdbc.query("select * from renovation_permit where number = ?", this::mapPermit, number).stream()
        .findFirst();
  }

  private RenovationPermit mapPermit(ResultSet rs, int row) throws SQLException {
    return new RenovationPermit(rs.getString("number"), rs.getLong("renovation_id"), rs.getString("unit_code"),
        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
        rs.getObject("issued_at", OffsetDateTime.class));
  }

  private RenovationStep mapStep(ResultSet rs, int row) throws SQLException {
    return new RenovationStep(rs.getLong("id"), rs.getString("step"), rs.getString("step_name"), rs.getString("actor"),
        rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("note"));
  }

  private Renovation map(ResultSet rs, int row) throws SQLException {
    return new Renovation(rs.getLong("id"), rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("unit_code"), rs.getString("owner_name"), rs.getString("owner_phone"),
        rs.getString("contractor_name"), rs.getString("contractor_phone"),
        rs.getObject("planned_start", LocalDate.class), rs.getObject("planned_end", LocalDate.class),
        rs.getBoolean("structural_change"), rs.getBoolean("plumbing_or_electrical"), rs.getBigDecimal("area_sqm"),
        rs.getString("description"), rs.getString("documents"), RenovationStatus.valueOf(rs.getString("status")),
        rs.getObject("applied_at", OffsetDateTime.class), rs.getObject("accepted_at", OffsetDateTime.class),
        (Boolean) rs.getObject("engineering_inspection"), rs.getBigDecimal("deposit"), rs.getBigDecimal("garbage_fee"),
        rs.getObject("approved_at", OffsetDateTime.class), rs.getObject("escalated_at", OffsetDateTime.class),
        rs.getObject("rejected_at", OffsetDateTime.class), rs.getString("rejection_reason"),
        rs.getObject("completed_on", LocalDate.class), rs.getObject("closed_at", OffsetDateTime.class));
  }
}
