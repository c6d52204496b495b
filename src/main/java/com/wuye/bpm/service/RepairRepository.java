package com.wuye.bpm.service;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code repair_request} (报修记录) and {@code repair_ledger} (维修台账). */
@Repository
class RepairRepository {

  private final JdbcClient jdbc;

  RepairRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, String processInstanceId, RepairIntake intake, String receivedBy,
      OffsetDateTime receivedAt) {
    jdbc.sql("""
            insert into repair_request (number, process_instance_id, unit_code, reporter_name, phone, channel, category,
              location, description, urgent, received_by, received_at, status)
            values (:number, :instance, :unit, :reporter, :phone, :channel, :category, :location, :description,
              :urgent, :receivedBy, :receivedAt, :status)""")
        .param("number", number).param("instance", processInstanceId).param("unit", intake.unit())
        .param("reporter", intake.reporterName()).param("phone", intake.phone()).param("channel", intake.channel())
        .param("category", intake.category()).param("location", intake.location())
        .param("description", intake.description()).param("urgent", intake.urgent())
        .param("receivedBy", receivedBy).param("receivedAt", receivedAt)
        .param("status", RepairStatus.REGISTERED.name())
        .update();
  }

  Optional<RepairRequest> findByNumber(String number) {
    return jdbc.sql("select * from repair_request where number = :number").param("number", number)
        .query(this::map).optional();
  }

  Optional<RepairRequest> findByProcessInstance(String processInstanceId) {
    return jdbc.sql("select * from repair_request where process_instance_id = :instance")
        .param("instance", processInstanceId).query(this::map).optional();
  }

  /** Repairs received in [from, to), newest first, optionally of one unit and one status. */
  List<RepairRequest> find(String unit, RepairStatus status, OffsetDateTime from, OffsetDateTime to, int limit) {
    StringBuilder sql = new StringBuilder("select * from repair_request where received_at >= :from and received_at < :to");
    if (unit != null) {
      sql.append(" and unit_code = :unit");
    }
    if (status != null) {
      sql.append(" and status = :status");
    }
    sql.append(" order by received_at desc, id desc fetch first :limit rows only");
    var statement = jdbc.sql(sql.toString()).param("from", from).param("to", to).param("limit", limit);
    if (unit != null) {
      statement = statement.param("unit", unit);
    }
    if (status != null) {
      statement = statement.param("status", status.name());
    }
    return statement.query(this::map).list();
  }

  /** Moves the record from one status to the next; false when it was not in {@code from}. */
  boolean dispatch(String number, RepairTriage.Result triage, OffsetDateTime at) {
    return jdbc.sql("""
            update repair_request set priority = :priority, response_minutes = :minutes, chargeable = :chargeable,
              dispatched_at = :at, status = :next where number = :number and status = :expected""")
        .param("priority", triage.priority()).param("minutes", triage.responseMinutes())
        .param("chargeable", triage.chargeable()).param("at", at).param("number", number)
        .param("next", RepairStatus.DISPATCHED.name()).param("expected", RepairStatus.REGISTERED.name())
        .update() == 1;
  }

  void escalate(String number, OffsetDateTime at) {
    jdbc.sql("update repair_request set escalated_at = :at where number = :number and escalated_at is null")
        .param("at", at).param("number", number).update();
  }

  boolean survey(String number, String findings, String plan, OffsetDateTime at, long responseSeconds) {
    return jdbc.sql("""
            update repair_request set survey_findings = :findings, repair_plan = :plan, responded_at = :at,
              response_seconds = :seconds, status = :next where number = :number and status = :expected""")
        .param("findings", findings).param("plan", plan).param("at", at).param("seconds", responseSeconds)
        .param("number", number).param("next", RepairStatus.SURVEYED.name())
        .param("expected", RepairStatus.DISPATCHED.name())
        .update() == 1;
  }

  void insertLedger(RepairRequest repair, String work, String materials, BigDecimal charge, String receipt,
      String repairedBy, OffsetDateTime at) {
    jdbc.sql("""
            insert into repair_ledger (repair_id, round_no, repair_work, materials_used, charge_amount, receipt_number,
              repaired_by, repaired_at)
            values (:repair, :round, :work, :materials, :charge, :receipt, :by, :at)""")
        .param("repair", repair.id()).param("round", repair.repairRound()).param("work", work)
        .param("materials", materials).param("charge", charge).param("receipt", receipt).param("by", repairedBy)
        .param("at", at)
        .update();
  }

  void fileLedger(RepairRequest repair, String filedBy, OffsetDateTime at, String note) {
    jdbc.sql("""
            update repair_ledger set filed_by = :by, filed_at = :at, ledger_note = :note
            where repair_id = :repair and round_no = :round""")
        .param("by", filedBy).param("at", at).param("note", note).param("repair", repair.id())
        .param("round", repair.repairRound())
        .update();
  }

  boolean status(String number, RepairStatus expected, RepairStatus next) {
    return jdbc.sql("update repair_request set status = :next where number = :number and status = :expected")
        .param("next", next.name()).param("number", number).param("expected", expected.name()).update() == 1;
  }

  void callback(String number, boolean satisfied) {
    jdbc.sql("update repair_request set satisfied = :satisfied where number = :number")
        .param("satisfied", satisfied).param("number", number).update();
  }

  boolean reopen(String number) {
    return jdbc.sql("""
            update repair_request set repair_round = repair_round + 1, satisfied = null, status = :next
            where number = :number and status = :expected and satisfied = false""")
        .param("next", RepairStatus.REOPENED.name()).param("number", number)
        .param("expected", RepairStatus.FILED.name())
        .update() == 1;
  }

  boolean close(String number, OffsetDateTime at, long resolutionSeconds) {
    return jdbc.sql("""
            update repair_request set closed_at = :at, resolution_seconds = :seconds, status = :next
            where number = :number and status = :expected and satisfied = true""")
        .param("at", at).param("seconds", resolutionSeconds).param("next", RepairStatus.CLOSED.name())
        .param("number", number).param("expected", RepairStatus.FILED.name())
        .update() == 1;
  }

  /** The ledger lines of one repair, in the order they were repaired. */
  List<RepairLedgerEntry> ledger(String number) {
    return ledgerWhere("r.number = :number").param("number", number).query(this::mapLedger).list();
  }

  /** The 《维修台账》: every repair filed in [from, to). */
  List<RepairLedgerEntry> ledger(OffsetDateTime from, OffsetDateTime to) {
    return ledgerWhere("l.filed_at >= :from and l.filed_at < :to").param("from", from).param("to", to)
        .query(this::mapLedger).list();
  }

  private JdbcClient.StatementSpec ledgerWhere(String condition) {
    return jdbc.sql("""
        select r.number, r.unit_code, l.* from repair_ledger l join repair_request r on r.id = l.repair_id
        where %s order by l.repaired_at, l.id""".formatted(condition));
  }

  private RepairLedgerEntry mapLedger(ResultSet rs, int row) throws SQLException {
    return new RepairLedgerEntry(rs.getString("number"), rs.getString("unit_code"), rs.getInt("round_no"),
        rs.getString("repair_work"), rs.getString("materials_used"), rs.getBigDecimal("charge_amount"),
        rs.getString("receipt_number"), rs.getString("repaired_by"), rs.getObject("repaired_at", OffsetDateTime.class),
        rs.getString("filed_by"), rs.getObject("filed_at", OffsetDateTime.class), rs.getString("ledger_note"));
  }

  private RepairRequest map(ResultSet rs, int row) throws SQLException {
    return new RepairRequest(rs.getLong("id"), rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("unit_code"), rs.getString("reporter_name"), rs.getString("phone"), rs.getString("channel"),
        rs.getString("category"), rs.getString("location"), rs.getString("description"), rs.getBoolean("urgent"),
        rs.getString("received_by"), rs.getObject("received_at", OffsetDateTime.class),
        RepairStatus.valueOf(rs.getString("status")), rs.getString("priority"),
        rs.getObject("response_minutes", Integer.class), rs.getObject("chargeable", Boolean.class),
        rs.getObject("dispatched_at", OffsetDateTime.class), rs.getObject("responded_at", OffsetDateTime.class),
        rs.getObject("response_seconds", Long.class), rs.getObject("escalated_at", OffsetDateTime.class),
        rs.getString("survey_findings"), rs.getString("repair_plan"), rs.getInt("repair_round"),
        rs.getObject("satisfied", Boolean.class), rs.getObject("closed_at", OffsetDateTime.class),
        rs.getObject("resolution_seconds", Long.class));
  }
}
