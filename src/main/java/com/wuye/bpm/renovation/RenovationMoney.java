package com.wuye.bpm.renovation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Money of an application: deposit and garbage fee collected, the deduction kept, the refund paid back.
 *
 * @param kind {@code DEPOSIT}, {@code GARBAGE_FEE}, {@code DEDUCTION} or {@code REFUND}
 */
public record RenovationMoney(String kind, BigDecimal amount, String receiptNumber, String reason, String recordedBy,
    OffsetDateTime recordedAt) {

  public static final String DEPOSIT = "DEPOSIT";
  public static final String GARBAGE_FEE = "GARBAGE_FEE";
  public static final String DEDUCTION = "DEDUCTION";
  public static final String REFUND = "REFUND";
}
