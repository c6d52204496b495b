package com.wuye.bpm.renovation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RenovationRepository {

  private final JdbcClient jdbc;

  RenovationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, String processInstanceId, RenovationApplication application, String appliedBy,
      OffsetDateTime appliedAt) {
    jdbc.sql("""
        insert into renovation (number, process_instance_id, unit_code, owner_name, owner_phone, contractor_name,
          contractor_phone, planned_start, planned_end, structural_change, plumbing_or_electrical, area_sqm,
          description, documents, applied_by, applied_at, status)
        values (:number, :processInstanceId, :unit, :ownerName, :ownerPhone, :contractorName,
          :contractorPhone, :plannedStart, :plannedEnd, :structuralChange, :plumbingOrElectrical, :areaSqm,
          :description, :documents, :appliedBy, :appliedAt, :status)""")
        .param("number", number)
        .param("processInstanceId", processInstanceId)
        .param("unit", application.unit())
        .param("ownerName", application.ownerName())
        .param("ownerPhone", application.ownerPhone())
        .param("contractorName", application.contractorName())
        .param("contractorPhone", application.contractorPhone())
        .param("plannedStart", application.plannedStart())
        .param("plannedEnd", application.plannedEnd())
        .param("structuralChange", application.structuralChange())
        .param("plumbingOrElectrical", application.plumbingOrElectrical())
        .param("areaSqm", application.areaSqm())
        .param("description", application.description())
        .param("documents", String.join(",", application.documents()))
        .param("appliedBy", appliedBy)
        .param("appliedAt", appliedAt)
        .param("status", RenovationStatus.APPLIED.name())
        .update();
  }

  Optional<Renovation> findByNumber(String number) {
    return jdbc.sql("select * from renovation where number = ?").param(number).query(this::map).optional();
  }

  Optional<Renovation> findById(long id) {
    return jdbc.sql("select * from renovation where id = ?").param(id).query(this::map).optional();
  }

  Optional<Renovation> findByProcessInstance(String processInstanceId) {
    return jdbc.sql("select * from renovation where process_instance_id = ?").param(processInstanceId)
        .query(this::map).optional();
  }

  void status(String number, RenovationStatus status) {
    jdbc.sql("update renovation set status = ? where number = ?").params(status.name(), number).update();
  }

  void accept(String number, RenovationTerms terms, OffsetDateTime at) {
    jdbc.sql("""
        update renovation set accepted_at = coalesce(accepted_at, :at), engineering_inspection = :inspection,
          deposit = :deposit, garbage_fee = :garbageFee, status = :status where number = :number""")
        .param("at", at)
        .param("inspection", terms.engineeringInspection())
        .param("deposit", terms.deposit())
        .param("garbageFee", terms.garbageFee())
        .param("status", RenovationStatus.ACCEPTED.name())
        .param("number", number)
        .update();
  }

  void approve(String number, String conditions, OffsetDateTime at) {
    jdbc.sql("""
        update renovation set approved_at = coalesce(approved_at, :at), approval_conditions = :conditions,
          status = :status where number = :number""")
        .param("at", at).param("conditions", conditions).param("status", RenovationStatus.APPROVED.name())
        .param("number", number)
        .update();
  }

  void escalate(String number, OffsetDateTime at) {
    jdbc.sql("update renovation set escalated_at = ? where number = ? and escalated_at is null").params(at, number)
        .update();
  }

  void end(String number, RenovationStatus status, String reason, OffsetDateTime at) {
    jdbc.sql("""
        update renovation set status = :status, rejection_reason = :reason, rejected_at = coalesce(rejected_at, :at)
        where number = :number""")
        .param("status", status.name()).param("reason", reason).param("at", at).param("number", number)
        .update();
  }

  void completed(String number, LocalDate completedOn) {
    jdbc.sql("update renovation set completed_on = ?, status = ? where number = ?")
        .params(completedOn, RenovationStatus.COMPLETION_REPORTED.name(), number).update();
  }

  void close(String number, OffsetDateTime at) {
    jdbc.sql("update renovation set closed_at = coalesce(closed_at, ?), status = ? where number = ?")
        .params(at, RenovationStatus.CLOSED.name(), number).update();
  }

  /** Records the money of a kind once: a retry changes nothing. */
  void addMoney(long renovationId, String kind, BigDecimal amount, String receiptNumber, String reason,
      String recordedBy, OffsetDateTime at) {
    jdbc.sql("""
        insert into renovation_money (renovation_id, kind, amount, receipt_number, reason, recorded_by, recorded_at)
        select :renovation, :kind, :amount, :receipt, :reason, :recordedBy, :at where not exists
          (select 1 from renovation_money where renovation_id = :renovation and kind = :kind)""")
        .param("renovation", renovationId).param("kind", kind).param("amount", amount).param("receipt", receiptNumber)
        .param("reason", reason).param("recordedBy", recordedBy).param("at", at)
        .update();
  }

  List<RenovationMoney> money(long renovationId) {
    return jdbc.sql("""
        select kind, amount, receipt_number, reason, recorded_by, recorded_at from renovation_money
        where renovation_id = ? order by id""").param(renovationId)
        .query((rs, i) -> new RenovationMoney(rs.getString("kind"), rs.getBigDecimal("amount"),
            rs.getString("receipt_number"), rs.getString("reason"), rs.getString("recorded_by"),
            rs.getObject("recorded_at", OffsetDateTime.class)))
        .list();
  }

  void insertPermit(String number, Renovation renovation, OffsetDateTime at) {
    jdbc.sql("""
        insert into renovation_permit (number, renovation_id, unit_code, valid_from, valid_until, issued_at)
        values (:number, :renovation, :unit, :validFrom, :validUntil, :at)""")
        .param("number", number).param("renovation", renovation.id()).param("unit", renovation.unit())
        .param("validFrom", renovation.plannedStart()).param("validUntil", renovation.plannedEnd()).param("at", at)
        .update();
  }

  Optional<RenovationPermit> permitOf(long renovationId) {
    return jdbc.sql("select * from renovation_permit where renovation_id = ?").param(renovationId)
        .query(this::mapPermit).optional();
  }

  Optional<RenovationPermit> permit(String number) {
    return jdbc.sql("select * from renovation_permit where number = ?").param(number).query(this::mapPermit)
        .optional();
  }

  private RenovationPermit mapPermit(ResultSet rs, int row) throws SQLException {
    return new RenovationPermit(rs.getString("number"), rs.getLong("renovation_id"), rs.getString("unit_code"),
        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
        rs.getObject("issued_at", OffsetDateTime.class));
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
