package com.wuye.bpm.engine;

import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code wuye.calendar.*}: where the holiday arrangements are and when a working day ends.
 *
 * @param files resource patterns of the calendar files, one file per year; read at start, so a changed file
 *     takes effect when the application restarts. Every cluster node must see the same files.
 * @param closingTime when a working day ends ({@code HH:mm}); deadlines in working days fall due then
 */
@ConfigurationProperties("wuye.calendar")
public record WorkingDayCalendarProperties(List<String> files, String closingTime) {

  public static final List<String> DEFAULT_FILES = List.of("classpath*:calendar/*.yaml", "file:./config/calendar/*.yaml");

  public WorkingDayCalendarProperties {
    files = files == null ? DEFAULT_FILES : List.copyOf(files);
    closingTime = closingTime == null || closingTime.isBlank() ? "18:00" : closingTime.trim();
  }

  LocalTime closingTimeOfDay() {
    return LocalTime.parse(closingTime);
  }
}
