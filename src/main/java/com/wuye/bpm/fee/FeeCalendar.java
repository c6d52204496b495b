package com.wuye.bpm.fee;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The dates of one bill's dunning, in the company's zone (《物业品质管理手册》§5.4.10): payment is due by the 15th
 * of the billing month, the reminder comes at 00:00 on the 16th, the final reminder at 00:00 on the 24th, the
 * suspension notice at period start + 30 days (3 March for February), and 7 days after that notice the bill
 * joins its household's arrears case. Each letter asks for payment by the day before the next stage comes.
 */
public record FeeCalendar(YearMonth period, ZoneId zone) {

  public static final int NOTICE_DAYS = 7;
  static final int PAYMENT_DAY = 15;
  static final int REMINDER_DAY = PAYMENT_DAY + 1;
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

  /** 7 days after the suspension notice: the bill joins its household's arrears case. */
  public ZonedDateTime suspensionApplicationAt() {
    return suspensionNoticeAt().plusDays(NOTICE_DAYS);
  }

  /**
   * When the stage after {@code stage} comes; the letter of {@code stage} asks for payment by the day before.
   * The payment notice always asks for the 15th of the bill's own month, also when the bill is issued ahead.
   */
  public ZonedDateTime nextStageAt(DunningStage stage) {
    return switch (stage) {
      case PAYMENT_NOTICE -> reminderAt();
      case REMINDER -> finalReminderAt();
      case FINAL_REMINDER -> suspensionNoticeAt();
      case SUSPENSION_NOTICE -> suspensionApplicationAt();
      default -> throw new IllegalArgumentException(stage + " has no letter");
    };
  }

  /** The last day to pay that the letter of {@code stage} gives: the day before the next stage. */
  public LocalDate payBy(DunningStage stage) {
    return nextStageAt(stage).toLocalDate().minusDays(1);
  }

  /** Whether the bill is in arrears at {@code at}: its payment day (the 15th) has passed. */
  public boolean overdueAt(ZonedDateTime at) {
    return !at.isBefore(reminderAt());
  }

  /** As the BPMN timers read them: {@code 2027-02-16T00:00:00+08:00}. */
  public static String iso(ZonedDateTime at) {
    return at.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }
}
