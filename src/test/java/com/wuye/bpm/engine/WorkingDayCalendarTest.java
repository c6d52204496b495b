package com.wuye.bpm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Working days and deadlines on the tests' own calendar (2030: National Day 1–7 Oct, 29 Sep and 12 Oct worked). */
class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = WorkingDayCalendars.test2030();

  @ParameterizedTest(name = "{0} working day: {1}")
  @CsvSource({
      "2030-09-26, true",   // Thursday
      "2030-09-28, false",  // Saturday
      "2030-09-29, true",   // Sunday worked instead (调休)
      "2030-10-01, false",  // National Day, a Tuesday
      "2030-10-07, false",  // last day of the holiday, a Monday
      "2030-10-08, true",
      "2030-10-12, true",   // Saturday worked instead
      "2030-10-13, false",  // Sunday
      "2030-01-01, false"}) // New Year's Day, a Tuesday
  void knowsWeekendsHolidaysAndMakeUpWorkingDays(LocalDate day, boolean working) {
    assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
  }

  @ParameterizedTest(name = "accepted {0} → due {1} 18:00")
  @CsvSource({
      "2030-09-12T10:00, 2030-09-17",  // Thursday: Friday, (weekend), Monday, Tuesday
      "2030-09-13T23:30, 2030-09-18",  // late on Friday still counts from Monday
      "2030-09-14T09:00, 2030-09-18",  // accepted on a Saturday: Monday, Tuesday, Wednesday
      "2030-09-30T10:00, 2030-10-10",  // before National Day: the seven days off do not count
      "2030-10-03T10:00, 2030-10-10",  // accepted during the holiday
      "2030-09-27T10:00, 2030-10-08",  // Friday: Sunday 29 is worked, Monday 30, then 8 October
      "2030-10-09T10:00, 2030-10-12",  // Wednesday: Thursday, Friday and the Saturday worked instead
      "2029-12-28T10:00, 2030-01-03"}) // across the year end and New Year's Day (2029 has no arrangement)
  void fallsDueAtClosingTimeOfTheThirdWorkingDay(LocalDateTime acceptedLocal, LocalDate dueDay) {
    OffsetDateTime accepted = acceptedLocal.atZone(WorkingDayCalendars.ZONE).toOffsetDateTime();
    OffsetDateTime due = dueDay.atTime(WorkingDayCalendars.CLOSING_TIME).atZone(WorkingDayCalendars.ZONE)
        .toOffsetDateTime();

    assertThat(calendar.deadline(accepted, 3)).isEqualTo(due);
    assertThat(calendar.after(Date.from(accepted.toInstant()), 3)).isEqualTo(Date.from(due.toInstant()));
  }

  @Test
  void takesTheDayOfTheStartInTheCompanyZone() {
    // 17:00 UTC on Thursday 12 September is already Friday 13 September in Shanghai
    OffsetDateTime accepted = OffsetDateTime.of(2030, 9, 12, 17, 0, 0, 0, ZoneOffset.UTC);
    assertThat(calendar.deadline(accepted, 3).toLocalDate()).isEqualTo(LocalDate.of(2030, 9, 18));
  }

  @Test
  void skipsOnlyWeekendsInAYearWithoutArrangement() {
    assertThat(calendar.covers(2030)).isTrue();
    assertThat(calendar.covers(2031)).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 10, 1))).isTrue();
    assertThat(calendar.workingDaysAfter(LocalDate.of(2031, 10, 3), 1)).isEqualTo(LocalDate.of(2031, 10, 6));
  }

  @Test
  void readsSingleDaysAndRanges() {
    HolidayArrangement arrangement = WorkingDayCalendars.read("/working-days/test-2030.yaml");
    assertThat(arrangement.year()).isEqualTo(2030);
    assertThat(arrangement.holidays()).hasSize(8).contains(LocalDate.of(2030, 10, 1), LocalDate.of(2030, 10, 7));
    assertThat(arrangement.workdays()).containsExactlyInAnyOrder(LocalDate.of(2030, 9, 29), LocalDate.of(2030, 10, 12));
  }

  @Test
  void refusesMakeUpWorkingDayOnAWeekday() {
    assertThatThrownBy(() -> parse("year: 2030\nsource: x\nworkdays: [2030-10-08]\n"))
        .hasMessageContaining("test.yaml").hasMessageContaining("Saturday or Sunday");
  }

  @Test
  void refusesADayThatIsBothHolidayAndWorkingDay() {
    assertThatThrownBy(() -> parse("year: 2030\nsource: x\nholidays: [2030-09-29]\nworkdays: [2030-09-29]\n"))
        .hasMessageContaining("both");
  }

  @Test
  void refusesAFileWithoutSource() {
    assertThatThrownBy(() -> parse("year: 2030\nholidays: [2030-10-01]\n")).hasMessageContaining("source");
  }

  @Test
  void refusesMalformedDatesAndBackwardRanges() {
    assertThatThrownBy(() -> parse("year: 2030\nsource: x\nholidays: [\"2030-13-01\"]\n"))
        .hasMessageContaining("2030-13-01");
    assertThatThrownBy(() -> parse("year: 2030\nsource: x\nholidays: [\"2030-10-07..2030-10-01\"]\n"))
        .hasMessageContaining("first..last");
  }

  @Test
  void refusesTwoArrangementsForOneYear() {
    HolidayArrangement arrangement = WorkingDayCalendars.read("/working-days/test-2030.yaml");
    assertThatThrownBy(() -> new WorkingDayCalendar(WorkingDayCalendars.ZONE, WorkingDayCalendars.CLOSING_TIME,
        List.of(arrangement, arrangement))).hasMessageContaining("2030");
  }

  private static HolidayArrangement parse(String yaml) throws Exception {
    return HolidayArrangement.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }
}
