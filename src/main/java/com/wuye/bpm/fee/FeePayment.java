package com.wuye.bpm.fee;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Money received for a bill, and the bill's state right after it (what the payer was told). */
public record FeePayment(long id, String billNumber, BigDecimal amount, String channel, String receiptNo,
    String idempotencyKey, String receivedBy, OffsetDateTime paidAt, BigDecimal paidAfter, BigDecimal billAmount,
    boolean settled) {

  public BigDecimal outstandingAfter() {
    return billAmount.subtract(paidAfter);
  }
}
