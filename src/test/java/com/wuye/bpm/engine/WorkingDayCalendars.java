package com.wuye.bpm.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** The tests' own working-day calendar (src/test/resources/working-days/test-2030.yaml, invented data). */
public final class WorkingDayCalendars {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  public static final LocalTime CLOSING_TIME = LocalTime.of(18, 0);

  private WorkingDayCalendars() {}

  public static WorkingDayCalendar test2030() {
    return new WorkingDayCalendar(ZONE, CLOSING_TIME, List.of(read("/working-days/test-2030.yaml")));
  }

  public static HolidayArrangement read(String resource) {
    try (InputStream in = WorkingDayCalendars.class.getResourceAsStream(resource)) {
      return HolidayArrangement.read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
