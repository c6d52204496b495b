package com.wuye.bpm.fee;

import com.wuye.bpm.estate.Household;
import com.wuye.bpm.estate.UnitDirectory;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Households' arrears cases and their suspension applications. Writes that move a case check the state the
 * step expects in their {@code where} and report whether a row changed.
 */
@Repository
class ArrearsCaseRepository {

  private static final String CASE = "select c.* from arrears_case c";

  private final JdbcClient jdbc;
  private final UnitDirectory units;

  ArrearsCaseRepository(JdbcClient jdbc, UnitDirectory units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  /** Locks the unit's row until the transaction ends: hand-overs and payments of one household take turns. */
  void lockUnit(long unitId) {
    units.lock(unitId);
  }

  Optional<ArrearsCase> find(String number) {
    return jdbc.sql(CASE + " where c.number = :number").param("number", number).query(this::arrearsCase)
        .optional();
  }

  Optional<ArrearsCase> findOpen(long unitId) {
    return jdbc.sql(CASE + " where c.open_unit_id = :unit").param("unit", unitId).query(this::arrearsCase)
        .optional();
  }

  Optional<ArrearsCase> findById(long id) {
    return jdbc.sql(CASE + " where c.id = :id").param("id", id).query(this::arrearsCase).optional();
  }

  int casesOfUnit(long unitId) {
    return jdbc.sql("select count(*) from arrears_case where unit_id = :unit").param("unit", unitId)
        .query(Integer.class).single();
  }

  void open(String number, long unitId, OffsetDateTime at) {
    jdbc.sql("""
        insert into arrears_case (number, unit_id, open_unit_id, status, opened_at)
        values (:number, :unit, :unit, :status, :at)""")
        .param("number", number).param("unit", unitId).param("status", ArrearsCaseStatus.OPEN.id())
        .param("at", at).update();
  }

  void started(long caseId, String processInstanceId) {
    jdbc.sql("update arrears_case set process_instance_id = :instance where id = :id")
        .param("instance", processInstanceId).param("id", caseId).update();
  }

  /** The unpaid bill joins the case; false when it is paid or in a case already. */
  boolean join(long billId, long caseId) {
    return jdbc.sql("""
        update fee_bill set arrears_case_id = :case, stage = :stage
        where id = :bill and arrears_case_id is null and paid_at is null""")
        .param("case", caseId).param("stage", DunningStage.ARREARS_CASE.id()).param("bill", billId).update() == 1;
  }

  /** Bills of the case that are not paid, oldest first. */
  List<Long> unpaidBills(long caseId) {
    return jdbc.sql("select id from fee_bill where arrears_case_id = :case and paid_at is null order by period")
        .param("case", caseId).query(Long.class).list();
  }

  void moveBill(long billId, long caseId) {
    jdbc.sql("update fee_bill set arrears_case_id = :case where id = :bill").param("case", caseId)
        .param("bill", billId).update();
  }

  /** Moves an open case to {@code status}. */
  void status(long caseId, ArrearsCaseStatus status) {
    jdbc.sql("update arrears_case set status = :status where id = :id and closed_at is null")
        .param("status", status.id()).param("id", caseId).update();
  }

  /** Closes the case: the household may open a new one when a bill falls into arrears again. */
  boolean close(long caseId, OffsetDateTime at) {
    return jdbc.sql("""
        update arrears_case set status = :status, closed_at = :at, open_unit_id = null
        where id = :id and closed_at is null""")
        .param("status", ArrearsCaseStatus.CLOSED.id()).param("at", at).param("id", caseId).update() == 1;
  }

  /** The case's application as the system drafts it from the months owed; once while none is undecided. */
  void draft(long caseId, String periods, BigDecimal amountOwed, String services, OffsetDateTime at) {
    jdbc.sql("""
        insert into service_suspension (arrears_case_id, periods, amount_owed, services, drafted_at)
        select :case, :periods, :amount, :services, :at where not exists
          (select 1 from service_suspension where arrears_case_id = :case and decided_at is null)""")
        .param("case", caseId).param("periods", periods).param("amount", amountOwed).param("services", services)
        .param("at", at).update();
  }

  /** Customer service submits the drafted application. */
  boolean apply(long caseId, String taskId, String by, OffsetDateTime at, String reason) {
    return jdbc.sql("""
        update service_suspension set application_task_id = :task, applied_by = :by, applied_at = :at,
          application_reason = :reason
        where arrears_case_id = :case and applied_at is null and decided_at is null""")
        .param("task", taskId).param("by", by).param("at", at).param("reason", reason).param("case", caseId)
        .update() == 1;
  }

  /** The general manager decides the submitted application. */
  boolean decide(long caseId, boolean approved, String by, OffsetDateTime at, String comment) {
    return jdbc.sql("""
        update service_suspension set approved = :approved, approved_by = :by, decided_at = :at,
          decision_comment = :comment
        where arrears_case_id = :case and applied_at is not null and decided_at is null""")
        .param("approved", approved).param("by", by).param("at", at).param("comment", comment)
        .param("case", caseId).update() == 1;
  }

  /** Engineering suspended what the approved application lists. */
  boolean suspended(long caseId, String by, OffsetDateTime at, String note) {
    return jdbc.sql("""
        update service_suspension set suspended_by = :by, suspended_at = :at, suspension_note = :note
        where arrears_case_id = :case and approved = true and suspended_at is null""")
        .param("by", by).param("at", at).param("note", note).param("case", caseId).update() == 1;
  }

  /** Engineering restored what is suspended. */
  boolean restored(long caseId, String by, OffsetDateTime at, String note) {
    return jdbc.sql("""
        update service_suspension set restored_by = :by, restored_at = :at, restoration_note = :note
        where arrears_case_id = :case and suspended_at is not null and restored_at is null""")
        .param("by", by).param("at", at).param("note", note).param("case", caseId).update() == 1;
  }

  /** The services suspended right now (suspended and not restored), or empty. */
  Optional<String> suspendedServices(long caseId) {
    return jdbc.sql("""
        select services from service_suspension
        where arrears_case_id = :case and suspended_at is not null and restored_at is null""")
        .param("case", caseId).query(String.class).optional();
  }

  List<ServiceSuspension> suspensions(long caseId) {
    return jdbc.sql("select * from service_suspension where arrears_case_id = :case order by id")
        .param("case", caseId).query(ServiceSuspension::of).list();
  }

  private ArrearsCase arrearsCase(ResultSet rs, int row) throws SQLException {
    long unitId = rs.getLong("unit_id");
    Household household = units.household(unitId)
        .orElseThrow(() -> new IllegalStateException("unit " + unitId + " not found"));
    return new ArrearsCase(rs.getLong("id"), rs.getString("number"), unitId, household.unitCode(),
        household.ownerName(), household.phone(), household.medicalEquipment(),
        ArrearsCaseStatus.of(rs.getString("status")),
        rs.getString("process_instance_id"), rs.getObject("opened_at", OffsetDateTime.class),
        rs.getObject("closed_at", OffsetDateTime.class));
  }
}
