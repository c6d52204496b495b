package com.wuye.bpm.renovation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 装修许可证: valid for the planned works, from the planned start to the planned end (inclusive). */
public record RenovationPermit(String number, long renovationId, String unit, LocalDate validFrom,
    LocalDate validUntil, OffsetDateTime issuedAt) {}
