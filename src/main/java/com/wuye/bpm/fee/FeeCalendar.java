package com.wuye.bpm.fee;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The dates of one bill's dunning, in the company's zone (《物业品质管理手册》§5.4.10): the reminder at 00:00 on the
 * 16th, the final reminder at 00:00 on the 24th, the suspension notice at period start + 30 days (3 March for
 * February), the suspension application 7 days after that notice. Every notice asks for payment within 7 days.
 */
public record FeeCalendar(YearMonth period, ZoneId zone) {

  public static final int NOTICE_DAYS = 7;
  static final int REMINDER_DAY = 16;
  static final int FINAL_REMINDER_DAY = 24;
  static final int SUSPENSION_NOTICE_AFTER_DAYS = 30;

  public ZonedDateTime periodStart() {
    return period.atDay(1).atStartOfDay(zone);
  }

  public ZonedDateTime reminderAt() {
    return period.atDay(REMINDER_DAY).atStartOfDay(zone);
  }

  public ZonedDateTime finalReminderAt() {
    return period.atDay(FINAL_REMINDER_DAY).atStartOfDay(zone);
  }

  public ZonedDateTime suspensionNoticeAt() {
    return period.atDay(1).plusDays(SUSPENSION_NOTICE_AFTER_DAYS).atStartOfDay(zone);
  }

  public ZonedDateTime suspensionApplicationAt() {
    return suspensionNoticeAt().plusDays(NOTICE_DAYS);
  }

  /** The payment deadline a notice issued at {@code issuedAt} gives. */
  public static OffsetDateTime deadline(OffsetDateTime issuedAt) {
    return issuedAt.plusDays(NOTICE_DAYS);
  }

  /** As the BPMN timers read them: {@code 2027-02-16T00:00:00+08:00}. */
  public static String iso(ZonedDateTime at) {
    return at.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
