package com.wuye.bpm.fee;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Billing runs, the billable units they walk through, and the bills they create. */
@Repository
class BillingRunRepository {

  private final JdbcTemplate jdbc;

  BillingRunRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A bill of the chunk that has no fee-dunning instance yet. */
  record UnstartedBill(long id, String number) {}

  /** Creates the run unless it exists; true when it was created. */
  boolean create(String period, OffsetDateTime now) {
    return jdbc.update("""
        insert into billing_run (period, status, started_at, updated_at) select ?, ?, ?, ?
        where not exists (select 1 from billing_run where period = ?)""",
        period, BillingRun.Status.RUNNING.name(), now, now, period) == 1;
  }

  /** Runs a finished period again from the first unit (creates only what is missing), a failed one from where it stopped. */
  void restart(String period, OffsetDateTime now) {
    jdbc.update("""
        update billing_run set status = ?, error = null, finished_at = null, updated_at = ?,
          last_unit_id = case when status = ? then 0 else last_unit_id end
        where period = ? and status <> ?""",
        BillingRun.Status.RUNNING.name(), now, BillingRun.Status.COMPLETED.name(), period,
        BillingRun.Status.RUNNING.name());
  }

  Optional<BillingRun> find(String period) {
    return jdbc.query("select * from billing_run where period = ?", this::run, period).stream().findFirst();
  }

  /** Locks the run's row until the transaction ends: one chunk at a time, whatever the number of nodes. */
  Optional<BillingRun> lock(String period) {
    return jdbc.query("select * from billing_run where period = ? for update", this::run, period).stream()
        .findFirst();
  }

  List<String> stale(OffsetDateTime untouchedSince) {
    return jdbc.queryForList("select period from billing_run where status = ? and updated_at < ?", String.class,
        BillingRun.Status.RUNNING.name(), untouchedSince);
  }




  /** Inserts the bills that do not exist yet; returns how many were new. */
  int insertBills(List<Object[]> bills) {
    int created = 0;
    for (int count : jdbc.batchUpdate("""
        insert into fee_bill (number, unit_id, period, period_start, amount, stage, created_at)
        select ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from fee_bill where unit_id = ? and period = ?)""",
        bills)) {
      created += Math.max(count, 0);
    }
    return created;
  }

  List<UnstartedBill> unstarted(String period, long afterUnitId, long toUnitId) {
    return jdbc.query("""
        select id, number from fee_bill where period = ? and unit_id > ? and unit_id <= ?
          and process_instance_id is null order by unit_id""",
        (rs, i) -> new UnstartedBill(rs.getLong(1), rs.getString(2)), period, afterUnitId, toUnitId);
  }

  void started(List<Object[]> instanceAndBill) {
    jdbc.batchUpdate("update fee_bill set process_instance_id = ? where id = ?", instanceAndBill);
  }

  void advance(String period, long lastUnitId, int billsCreated, int instancesStarted, boolean done,
      OffsetDateTime now) {
    jdbc.update("""
        update billing_run set last_unit_id = ?, bills_created = bills_created + ?,
          instances_started = instances_started + ?, chunks = chunks + 1, updated_at = ?, status = ?, finished_at = ?
        where period = ?""",
        lastUnitId, billsCreated, instancesStarted, now,
        (done ? BillingRun.Status.COMPLETED : BillingRun.Status.RUNNING).name(), done ? now : null, period);
  }

  void fail(String period, String error, OffsetDateTime now) {
    jdbc.update("update billing_run set status = ?, error = ?, updated_at = ? where period = ?",
        BillingRun.Status.FAILED.name(), error.length() > 2000 ? error.substring(0, 2000) : error, now, period);
  }

  private BillingRun run(ResultSet rs, int row) throws SQLException {
    return new BillingRun(rs.getString("period"), BillingRun.Status.valueOf(rs.getString("status")),
        rs.getLong("last_unit_id"), rs.getLong("bills_created"), rs.getLong("instances_started"),
        rs.getLong("chunks"), rs.getObject("started_at", OffsetDateTime.class),
        rs.getObject("updated_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
        rs.getString("error"));
  }
}
