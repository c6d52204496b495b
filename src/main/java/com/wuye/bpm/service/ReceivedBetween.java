package com.wuye.bpm.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The days a manager asks about, [from, to] in the company's zone; the last 30 days when not given. */
record ReceivedBetween(OffsetDateTime from, OffsetDateTime to) {

  static final int DEFAULT_DAYS = 30;

  static ReceivedBetween of(LocalDate from, LocalDate to, Clock clock) {
    LocalDate last = to == null ? LocalDate.now(clock) : to;
    LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS) : from;
    return new ReceivedBetween(first.atStartOfDay(clock.getZone()).toOffsetDateTime(),
        last.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
  }
}
