package com.wuye.bpm.fee;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Bills, their notices, payments and suspensions. Every write is idempotent or guarded by the bill's row lock. */
@Repository
class FeeBillRepository {

  private static final String BILL = """
      select b.*, u.code unit_code, h.owner_name, h.phone, h.medical_equipment
      from fee_bill b join unit u on u.id = b.unit_id left join household h on h.unit_id = u.id""";

  private final JdbcTemplate jdbc;

  FeeBillRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Optional<FeeBill> find(String number) {
    return jdbc.query(BILL + " where b.number = ?", this::bill, number).stream().findFirst();
  }

  /** Locks the bill's row until the transaction ends: payments of one bill take turns. */
  boolean lock(String number) {
    return !jdbc.queryForList("select id from fee_bill where number = ? for update", Long.class, number).isEmpty();
  }

  /** The unit's unpaid bills up to and including {@code period}, oldest first. */
  List<FeeBill> unpaidUpTo(long unitId, String period) {
    return jdbc.query(BILL + " where b.unit_id = ? and b.period <= ? and b.paid_at is null order by b.period",
        this::bill, unitId, period);
  }

  boolean addNotice(long billId, DunningStage stage, OffsetDateTime issuedAt, OffsetDateTime deadline) {
    return jdbc.update("""
        insert into dunning_notice (bill_id, stage, issued_at, deadline_at)
        select ?, ?, ?, ? where not exists (select 1 from dunning_notice where bill_id = ? and stage = ?)""",
        billId, stage.id(), issuedAt, deadline, billId, stage.id()) == 1;
  }

  /** Moves an unsettled bill to {@code stage}. */
  void stage(long billId, DunningStage stage) {
    jdbc.update("update fee_bill set stage = ? where id = ? and settled_at is null", stage.id(), billId);
  }

  void settle(long billId, OffsetDateTime at) {
    jdbc.update("update fee_bill set stage = ?, settled_at = ? where id = ? and settled_at is null",
        DunningStage.SETTLED.id(), at, billId);
  }

  List<DunningNotice> notices(long billId) {
    return jdbc.query("select stage, issued_at, deadline_at from dunning_notice where bill_id = ? order by id",
        (rs, i) -> new DunningNotice(rs.getString(1), DunningStage.of(rs.getString(1)).chineseName(),
            rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class)), billId);
  }

  Optional<FeePayment> paymentByKey(String idempotencyKey) {
    return jdbc.query("""
        select p.*, b.number, b.amount bill_amount from fee_payment p join fee_bill b on b.id = p.bill_id
        where p.idempotency_key = ?""", this::payment, idempotencyKey).stream().findFirst();
  }

  List<FeePayment> payments(long billId) {
    return jdbc.query("""
        select p.*, b.number, b.amount bill_amount from fee_payment p join fee_bill b on b.id = p.bill_id
        where p.bill_id = ? order by p.id""", this::payment, billId);
  }

  /** Records the payment and adds it to the bill; the caller holds the bill's lock. */
  void addPayment(FeeBill bill, BigDecimal amount, String channel, String receiptNo, String idempotencyKey,
      String receivedBy, OffsetDateTime at) {
    BigDecimal paidAfter = bill.paidAmount().add(amount);
    boolean settled = paidAfter.compareTo(bill.amount()) == 0;
    jdbc.update("""
        insert into fee_payment (bill_id, amount, channel, receipt_no, idempotency_key, received_by, paid_at,
          paid_after, settled) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        bill.id(), amount, channel, receiptNo, idempotencyKey, receivedBy, at, paidAfter, settled);
    jdbc.update("update fee_bill set paid_amount = ?, paid_at = ? where id = ?", paidAfter, settled ? at : null,
        bill.id());
  }

  void apply(long billId, String taskId, String services, String appliedBy, OffsetDateTime at, String reason) {
    jdbc.update("""
        insert into service_suspension (bill_id, application_task_id, services, applied_by, applied_at,
          application_reason) select ?, ?, ?, ?, ?, ? where not exists
          (select 1 from service_suspension where application_task_id = ?)""",
        billId, taskId, services, appliedBy, at, reason, taskId);
  }

  void decide(long billId, boolean approved, String by, OffsetDateTime at, String comment) {
    jdbc.update("""
        update service_suspension set approved = ?, approved_by = ?, decided_at = ?, decision_comment = ?
        where id = (select max(id) from service_suspension where bill_id = ?) and decided_at is null""",
        approved, by, at, comment, billId);
  }

  void suspended(long billId, String by, OffsetDateTime at, String note) {
    jdbc.update("""
        update service_suspension set suspended_by = ?, suspended_at = ?, suspension_note = ?
        where id = (select max(id) from service_suspension where bill_id = ?) and suspended_at is null""",
        by, at, note, billId);
  }

  void restored(long billId, String by, OffsetDateTime at, String note) {
    jdbc.update("""
        update service_suspension set restored_by = ?, restored_at = ?, restoration_note = ?
        where bill_id = ? and suspended_at is not null and restored_at is null""", by, at, note, billId);
  }

  List<ServiceSuspension> suspensions(long billId) {
    return jdbc.query("select * from service_suspension where bill_id = ? order by id",
        (rs, i) -> new ServiceSuspension(rs.getString("services"), rs.getString("applied_by"),
            rs.getObject("applied_at", OffsetDateTime.class), (Boolean) rs.getObject("approved"),
            rs.getString("approved_by"), rs.getObject("decided_at", OffsetDateTime.class),
            rs.getObject("suspended_at", OffsetDateTime.class), rs.getObject("restored_at", OffsetDateTime.class)),
        billId);
  }

  private FeeBill bill(ResultSet rs, int row) throws SQLException {
    return new FeeBill(rs.getLong("id"), rs.getString("number"), rs.getLong("unit_id"), rs.getString("unit_code"),
        rs.getString("owner_name"), rs.getString("phone"), rs.getBoolean("medical_equipment"),
        rs.getString("period"), rs.getObject("period_start", OffsetDateTime.class), rs.getBigDecimal("amount"),
        rs.getBigDecimal("paid_amount"), DunningStage.of(rs.getString("stage")),
        rs.getString("process_instance_id"), rs.getObject("paid_at", OffsetDateTime.class),
        rs.getObject("settled_at", OffsetDateTime.class));
  }

  private FeePayment payment(ResultSet rs, int row) throws SQLException {
    return new FeePayment(rs.getLong("id"), rs.getString("number"), rs.getBigDecimal("amount"),
        rs.getString("channel"), rs.getString("receipt_no"), rs.getString("idempotency_key"),
        rs.getString("received_by"), rs.getObject("paid_at", OffsetDateTime.class), rs.getBigDecimal("paid_after"),
        rs.getBigDecimal("bill_amount"), rs.getBoolean("settled"));
  }
}
