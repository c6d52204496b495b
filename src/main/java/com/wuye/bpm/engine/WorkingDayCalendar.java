package com.wuye.bpm.engine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The company's working days: Monday to Friday, less public holidays, plus the weekend days worked instead
 * (调休), from the yearly {@link HolidayArrangement}s. Deadlines that the documents give in working days
 * ("工程服务部于3个工作日内批复装修") are computed here.
 *
 * <p>In the models it is the bean {@code workingDays}: a timer {@code timeDate} or a user task's
 * {@code camunda:dueDate} of {@code ${workingDays.after(acceptedAt, 3)}} is the closing time of the third
 * working day after the day {@code acceptedAt} falls on.
 */
public class WorkingDayCalendar {

  private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);
  /** Longer than any run of days off (the Spring Festival holiday is at most nine days). */
  private static final int MAX_DAYS_OFF_IN_A_ROW = 31;

  private final ZoneId zone;
  private final LocalTime closingTime;
  private final Set<LocalDate> holidays = new HashSet<>();
  private final Set<LocalDate> workdays = new HashSet<>();
  private final Map<Integer, String> sources = new HashMap<>();
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

  /**
   * @param zone the company's zone: the day a moment falls on and the deadline's instant are taken there
   * @param closingTime when a working day ends, e.g. 18:00: the moment a deadline falls due
   * @param arrangements one per year at most
   */
  public WorkingDayCalendar(ZoneId zone, LocalTime closingTime, Collection<HolidayArrangement> arrangements) {
    this.zone = zone;
    this.closingTime = closingTime;
    for (HolidayArrangement arrangement : arrangements) {
      if (sources.putIfAbsent(arrangement.year(), arrangement.source()) != null) {
        throw new IllegalArgumentException("two holiday arrangements for " + arrangement.year());
      }
      holidays.addAll(arrangement.holidays());
      workdays.addAll(arrangement.workdays());
    }
  }

  public boolean isWorkingDay(LocalDate day) {
    if (workdays.contains(day)) {
      return true;
    }
    return !HolidayArrangement.isWeekend(day) && !holidays.contains(day);
  }

  /** The {@code count}-th working day after {@code day} (the day itself never counts). */
  public LocalDate workingDaysAfter(LocalDate day, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    LocalDate current = day;
    int found = 0;
    int daysOff = 0;
    while (found < count) {
      current = current.plusDays(1);
      warnIfUnknown(current.getYear());
      if (isWorkingDay(current)) {
        found++;
        daysOff = 0;
      } else if (++daysOff > MAX_DAYS_OFF_IN_A_ROW) {
        throw new IllegalStateException("more than " + MAX_DAYS_OFF_IN_A_ROW + " days off in a row after " + day
            + ": check the holiday arrangement of " + current.getYear());
      }
    }
    return current;
  }

  /**
   * The deadline "within {@code count} working days of {@code start}": the closing time of the
   * {@code count}-th working day after the day of {@code start}, in the company's zone.
   */
  public OffsetDateTime deadline(OffsetDateTime start, int count) {
    LocalDate day = start.atZoneSameInstant(zone).toLocalDate();
    return workingDaysAfter(day, count).atTime(closingTime).atZone(zone).toOffsetDateTime();
  }

  /** {@link #deadline} for expressions in the models: {@code ${workingDays.after(acceptedAt, 3)}}. */
  public Date after(Date start, int count) {
    if (start == null) {
      throw new IllegalArgumentException("no start date for a deadline of " + count + " working days");
    }
    return Date.from(deadline(start.toInstant().atZone(zone).toOffsetDateTime(), count).toInstant());
  }

  /** Whether a holiday arrangement for the year was configured. */
  public boolean covers(int year) {
    return sources.containsKey(year);
  }

  private void warnIfUnknown(int year) {
    if (!covers(year) && warnedYears.add(year)) {
      log.warn("No holiday arrangement configured for {}: its deadlines skip weekends only. Add the State Council's "
          + "notice for {} as a calendar file (see docs/operations.md, Working-day calendar).", year, year);
    }
  }
}
