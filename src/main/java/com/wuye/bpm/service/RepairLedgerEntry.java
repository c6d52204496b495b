package com.wuye.bpm.service;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One line of the 《维修台账》: a repair carried out, and its filing by customer service. */
public record RepairLedgerEntry(String repairNumber, String unit, int round, String repairWork, String materialsUsed,
    BigDecimal chargeAmount, String receiptNumber, String repairedBy, OffsetDateTime repairedAt, String filedBy,
    OffsetDateTime filedAt, String ledgerNote) {}
