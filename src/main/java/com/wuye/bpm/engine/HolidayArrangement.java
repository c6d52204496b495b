package com.wuye.bpm.engine;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * One year's public holidays and make-up working days (部分节假日安排, published by the State Council each
 * year), as the operator writes it in a calendar file:
 *
 * <pre>
 * year: 2027
 * source: 国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔……〕……号）, https://www.gov.cn/...
 * holidays:          # days off; a range is written first..last
 *   - 2027-01-01
 *   - 2027-10-01..2027-10-07
 * workdays:          # 调休: Saturdays or Sundays worked instead
 *   - 2027-09-26
 * </pre>
 *
 * @param year the year the notice is for; deadlines in a year without an arrangement skip weekends only
 * @param source where the dates come from (the notice and its address), shown in the log at start
 * @param holidays days off, weekend days of a holiday period included or not
 * @param workdays weekend days that are working days
 */
public record HolidayArrangement(int year, String source, Set<LocalDate> holidays, Set<LocalDate> workdays) {

  public HolidayArrangement {
    holidays = Set.copyOf(holidays);
    workdays = Set.copyOf(workdays);
    Set<LocalDate> both = new TreeSet<>(holidays);
    both.retainAll(workdays);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException(year + ": " + both + " listed both as holiday and as working day");
    }
    Set<LocalDate> weekdays = new TreeSet<>();
    workdays.stream().filter(day -> !isWeekend(day)).forEach(weekdays::add);
    if (!weekdays.isEmpty()) {
      throw new IllegalArgumentException(year + ": make-up working days must fall on a Saturday or Sunday, "
          + weekdays + " do not");
    }
  }

  static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** Reads one calendar file; {@code name} (the file) appears in every error message. */
  public static HolidayArrangement read(InputStream yaml, String name) throws IOException {
    Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    if (!(document instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(name + ": not a calendar file (expected year, source, holidays, workdays)");
    }
    if (!(map.get("year") instanceof Integer year)) {
      throw new IllegalArgumentException(name + ": 'year' missing or not a number");
    }
    Object source = map.get("source");
    if (source == null || source.toString().isBlank()) {
      throw new IllegalArgumentException(name + ": 'source' missing: cite the notice the dates come from");
    }
    try {
      return new HolidayArrangement(year, source.toString().trim(), days(map.get("holidays"), name, "holidays"),
          days(map.get("workdays"), name, "workdays"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  private static Set<LocalDate> days(Object entries, String name, String key) {
    Set<LocalDate> days = new TreeSet<>();
    if (entries == null) {
      return days;
    }
    if (!(entries instanceof List<?> list)) {
      throw new IllegalArgumentException(name + ": '" + key + "' must be a list of dates");
    }
    for (Object entry : list) {
      if (entry instanceof Date date) {
        // YAML reads an unquoted 2027-10-01 as a timestamp at midnight UTC
        days.add(date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
      } else if (entry instanceof String text) {
        days.addAll(range(text.trim(), name, key));
      } else {
        throw new IllegalArgumentException(name + ": '" + key + "' entry " + entry + " is not a date");
      }
    }
    return days;
  }

  private static List<LocalDate> range(String text, String name, String key) {
    try {
      String[] ends = text.split("\\.\\.", -1);
      LocalDate first = LocalDate.parse(ends[0].trim());
      LocalDate last = ends.length == 2 ? LocalDate.parse(ends[1].trim()) : first;
      if (ends.length > 2 || last.isBefore(first) || first.plusDays(31).isBefore(last)) {
        throw new IllegalArgumentException(name + ": '" + key + "' range " + text + " is not first..last within a month");
      }
      return first.datesUntil(last.plusDays(1)).toList();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": '" + key + "' entry " + text + " is not a date (yyyy-MM-dd)", e);
    }
  }
}
