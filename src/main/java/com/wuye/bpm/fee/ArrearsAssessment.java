package com.wuye.bpm.fee;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the decision suspension-eligibility and the general manager see of a household: every month it owes
 * (an unpaid bill whose payment day has passed), oldest first.
 */
public record ArrearsAssessment(String unitCode, String ownerName, String phone, boolean medicalEquipment,
    List<OwedMonth> months) {

  /** One month owed: its bill, what was billed and paid, and the letters sent for it. */
  public record OwedMonth(String period, String billNumber, BigDecimal amount, BigDecimal paid, String letters) {

    public BigDecimal owed() {
      return amount.subtract(paid);
    }

    /** A row of the forms' table: text as a clerk reads it (amounts with two decimals). */
    Map<String, Object> row() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("period", period);
      row.put("billNumber", billNumber);
      row.put("amount", amount.toPlainString());
      row.put("paid", paid.toPlainString());
      row.put("owed", owed().toPlainString());
      row.put("letters", letters);
      return row;
    }
  }

  public int monthsInArrears() {
    return months.size();
  }

  public BigDecimal amountOwed() {
    return months.stream().map(OwedMonth::owed).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public boolean owesNothing() {
    return months.isEmpty();
  }

  /** {@code 2027-02,2027-03}: the months an application lists. */
  public String periods() {
    return months.stream().map(OwedMonth::period).collect(Collectors.joining(","));
  }

  /** The forms' table of months owed. */
  public List<Map<String, Object>> table() {
    return months.stream().map(OwedMonth::row).toList();
  }
}
