package com.wuye.bpm.engineering;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A group of equipment one patrol covers, and when it is patrolled (《物业品质管理手册》 §5.7.2 “按规定的时间、次数”).
 *
 * @param id English kebab-case id, e.g. {@code power-distribution}
 * @param name the group's name staff read, e.g. 配电设备
 * @param equipment what the group holds, shown on the patrol form
 * @param times the times of day a patrol is due ({@code 08:00}); how many a day is the frequency
 * @param days the days of the week a patrol is due; empty means every day
 */
public record EquipmentGroup(String id, String name, String equipment, List<String> times, Set<DayOfWeek> days) {

  /** The longest gap between two due times (a weekly patrol), with a day to spare. */
  static final int LOOKBACK_DAYS = 8;

  public EquipmentGroup {
    if (id == null || !id.matches("[a-z0-9]+(-[a-z0-9]+)*") || id.length() > 40) {
      throw new IllegalArgumentException("wuye.engineering.patrol.groups: id must be kebab-case, at most 40: " + id);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("wuye.engineering.patrol.groups[" + id + "]: name is missing");
    }
    if (times == null || times.isEmpty()) {
      throw new IllegalArgumentException("wuye.engineering.patrol.groups[" + id + "]: no times");
    }
    times = times.stream().map(time -> parse(id, time)).distinct().sorted().map(LocalTime::toString).toList();
    days = days == null || days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(days);
    equipment = equipment == null ? "" : equipment.trim();
  }

  /** The due times after {@code from} up to and including {@code to}, earliest first. */
  List<ZonedDateTime> dueTimes(ZonedDateTime from, ZonedDateTime to) {
    List<ZonedDateTime> due = new ArrayList<>();
    for (LocalDate day = from.toLocalDate(); !day.isAfter(to.toLocalDate()); day = day.plusDays(1)) {
      if (days.contains(day.getDayOfWeek())) {
        for (String time : times) {
          ZonedDateTime at = day.atTime(LocalTime.parse(time)).atZone(to.getZone());
          if (at.isAfter(from) && !at.isAfter(to)) {
            due.add(at);
          }
        }
      }
    }
    return due;
  }

  /** The first due time after {@code after}: a patrol due at {@code after} must be done by then. */
  ZonedDateTime nextDue(ZonedDateTime after) {
    return dueTimes(after, after.plusDays(LOOKBACK_DAYS)).get(0);
  }

  private static LocalTime parse(String id, String time) {
    try {
      return LocalTime.parse(time.trim());
    } catch (DateTimeParseException | NullPointerException e) {
      throw new IllegalArgumentException("wuye.engineering.patrol.groups[" + id + "]: time '" + time
          + "' is not HH:mm", e);
    }
  }
}
