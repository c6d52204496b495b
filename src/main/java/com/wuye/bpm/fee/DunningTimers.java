package com.wuye.bpm.fee;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The due dates of fee-dunning's timers, computed from the bill's period ({@code period} variable,
 * {@code 2027-02}) in the company's zone when each timer is created: {@code ${dunningTimers.reminderAt(period)}}.
 * An instance carries only its bill number and period; the dates follow {@link FeeCalendar}.
 */
@com.wuye.bpm.engine.OfferedToModels
@Component("dunningTimers")
public class DunningTimers {

  private final Clock clock;

  DunningTimers(Clock clock) {
    this.clock = clock;
  }

  /** 00:00 on the 16th: 催款通知书. */
  public Date reminderAt(String period) {
    return at(period, FeeCalendar::reminderAt);
  }

  /** 00:00 on the 24th: 最后催款通知书. */
  public Date finalReminderAt(String period) {
    return at(period, FeeCalendar::finalReminderAt);
  }

  /** Period start + 30 days: 暂停服务通知书. */
  public Date suspensionNoticeAt(String period) {
    return at(period, FeeCalendar::suspensionNoticeAt);
  }

  /** 7 days after the suspension notice: the bill joins its household's arrears case. */
  public Date suspensionApplicationAt(String period) {
    return at(period, FeeCalendar::suspensionApplicationAt);
  }

  /**
   * 00:00 of the day after the payment date agreed with the owner (household-arrears, 约定日期已过): a date as
   * the form's date picker sends it ({@code 2027-03-20}), with a time, or a {@link Date}; the task's completion
   * checked it already.
   */
  public Date followUpAt(Object agreedPaymentDate) {
    LocalDate agreed = HouseholdArrearsTasks.agreedDate(agreedPaymentDate);
    return Date.from(agreed.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
  }

  private Date at(String period, Function<FeeCalendar, ZonedDateTime> date) {
    return Date.from(date.apply(new FeeCalendar(YearMonth.parse(period), clock.getZone())).toInstant());
  }
}
