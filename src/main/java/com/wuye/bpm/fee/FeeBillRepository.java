package com.wuye.bpm.fee;

import com.wuye.bpm.estate.Household;
import com.wuye.bpm.estate.UnitDirectory;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Bills, their notices, payments and suspensions. Every write is idempotent or guarded by the bill's row lock. */
@Repository
class FeeBillRepository {

  private static final String BILL = "select b.* from fee_bill b";

  private final JdbcTemplate jdbc;
  private final UnitDirectory units;

  FeeBillRepository(JdbcTemplate jdbc, UnitDirectory units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  Optional<FeeBill> find(String number) {
    return jdbc.query(BILL + " where b.number = ?", this::bill, number).stream().findFirst();
  }

  Optional<FeeBill> findById(long id) {
    return jdbc.query(BILL + " where b.id = ?", this::bill, id).stream().findFirst();
  }

  /**
   * Locks the bill's unit and then the bill until the transaction ends: payments of one household take turns,
   * and with the hand-over of a bill to its household's arrears case (which locks the unit first). Returns the
   * unit, or empty for an unknown bill.
   */
  Optional<Long> lock(String number) {
    Optional<Long> unit = jdbc.queryForList("select unit_id from fee_bill where number = ?", Long.class, number)
        .stream().findFirst();
    unit.ifPresent(id -> {
      units.lock(id);
      jdbc.queryForList("select id from fee_bill where number = ? for update", Long.class, number);
    });
    return unit;
  }

  /** The unit's unpaid bills up to and including {@code period}, oldest first. */
  List<FeeBill> unpaidUpTo(long unitId, String period) {
    return jdbc.query(BILL + " where b.unit_id = ? and b.period <= ? and b.paid_at is null order by b.period",
        this::bill, unitId, period);
  }

  boolean addNotice(long billId, DunningStage stage, OffsetDateTime issuedAt, OffsetDateTime deadline,
      LocalDate payBy) {
    return jdbc.update("""
        insert into dunning_notice (bill_id, stage, issued_at, deadline_at, pay_by)
        select ?, ?, ?, ?, ? where not exists (select 1 from dunning_notice where bill_id = ? and stage = ?)""",
        billId, stage.id(), issuedAt, deadline, payBy, billId, stage.id()) == 1;
  }

  /** Moves an unsettled bill to {@code stage}. */
  void stage(long billId, DunningStage stage) {
    jdbc.update("update fee_bill set stage = ? where id = ? and settled_at is null", stage.id(), billId);
  }

  /** Closes a bill paid in full; false when it is not paid (nothing is written) or closed already. */
  boolean settle(long billId, OffsetDateTime at) {
    return jdbc.update("""
        update fee_bill set stage = ?, settled_at = ? where id = ? and settled_at is null and paid_at is not null
          and paid_amount = amount""", DunningStage.SETTLED.id(), at, billId) == 1;
  }

  List<DunningNotice> notices(long billId) {
    return jdbc.query("""
        select stage, issued_at, deadline_at, pay_by from dunning_notice where bill_id = ? order by id""",
        (rs, i) -> new DunningNotice(rs.getString(1), DunningStage.of(rs.getString(1)).chineseName(),
            rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class),
            rs.getObject(4, LocalDate.class)), billId);
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

  /** Applications of this bill alone, made before its household's arrears case collected them (fee-dunning 1.2). */
  List<ServiceSuspension> suspensions(long billId) {
    return jdbc.query("select * from service_suspension where bill_id = ? order by id", ServiceSuspension::of,
        billId);
  }

  private FeeBill bill(ResultSet rs, int row) throws SQLException {
    Household household = household(rs.getLong("unit_id"));
    return new FeeBill(rs.getLong("id"), rs.getString("number"), household.unitId(), household.unitCode(),
        household.ownerName(), household.phone(), household.medicalEquipment(),
        rs.getString("period"), rs.getObject("period_start", OffsetDateTime.class), rs.getBigDecimal("amount"),
        rs.getBigDecimal("paid_amount"), DunningStage.of(rs.getString("stage")),
        rs.getString("process_instance_id"), rs.getObject("paid_at", OffsetDateTime.class),
        rs.getObject("settled_at", OffsetDateTime.class), rs.getObject("arrears_case_id", Long.class));
  }

  private FeePayment payment(ResultSet rs, int row) throws SQLException {
    return new FeePayment(rs.getLong("id"), rs.getString("number"), rs.getBigDecimal("amount"),
        rs.getString("channel"), rs.getString("receipt_no"), rs.getString("idempotency_key"),
        rs.getString("received_by"), rs.getObject("paid_at", OffsetDateTime.class), rs.getBigDecimal("paid_after"),
        rs.getBigDecimal("bill_amount"), rs.getBoolean("settled"));
  }

  /** The bill's unit with its household, from the estate's register. */
  private Household household(long unitId) {
    return units.household(unitId).orElseThrow(() -> new IllegalStateException("unit " + unitId + " not found"));
  }
}
