package com.wuye.bpm.fee;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * One month's management fee of one unit, number {@code FB-<yyyymm>-<unit>}, with its household.
 *
 * @param arrearsCaseId the household's arrears case the bill joined after its letters, or null
 */
public record FeeBill(long id, String number, long unitId, String unitCode, String ownerName, String phone,
    boolean medicalEquipment, String period, OffsetDateTime periodStart, BigDecimal amount, BigDecimal paidAmount,
    DunningStage stage, String processInstanceId, OffsetDateTime paidAt, OffsetDateTime settledAt,
    Long arrearsCaseId) {

  public boolean isPaid() {
    return paidAt != null;
  }

  public BigDecimal outstanding() {
    return amount.subtract(paidAmount);
  }

  public static String number(String period, String unitCode) {
    return "FB-" + period.replace("-", "") + "-" + unitCode;
  }
}
