package com.wuye.bpm.fee;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * One application to suspend a household's services (暂停服务申请) and what became of it.
 *
 * @param periods the months owed that the application lists ({@code 2027-02,2027-03}); null on applications
 *     of single bills made before fee-dunning 1.3
 */
public record ServiceSuspension(String services, String periods, BigDecimal amountOwed, String appliedBy,
    OffsetDateTime appliedAt, Boolean approved, String approvedBy, OffsetDateTime decidedAt,
    OffsetDateTime suspendedAt, OffsetDateTime restoredAt) {

  static ServiceSuspension of(ResultSet rs, int row) throws SQLException {
    return new ServiceSuspension(rs.getString("services"), rs.getString("periods"),
        rs.getBigDecimal("amount_owed"), rs.getString("applied_by"), rs.getObject("applied_at", OffsetDateTime.class),
        (Boolean) rs.getObject("approved"), rs.getString("approved_by"),
        rs.getObject("decided_at", OffsetDateTime.class), rs.getObject("suspended_at", OffsetDateTime.class),
        rs.getObject("restored_at", OffsetDateTime.class));
  }
}
