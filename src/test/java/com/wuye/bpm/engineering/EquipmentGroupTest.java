package com.wuye.bpm.engineering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Due times of an equipment group: times of day, days of the week, and the next due time as the deadline. */
class EquipmentGroupTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final EquipmentGroup power = new EquipmentGroup("power", "配电设备", "配电柜", List.of("20:00", "08:00", "14:00"),
      null);
  private final EquipmentGroup elevators = new EquipmentGroup("elevators", "电梯", "客梯", List.of("10:00"),
      Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

  @Test
  void listsTheDueTimesAfterTheStartUpToAndIncludingTheEnd() {
    assertThat(power.dueTimes(at(2026, 12, 7, 8, 0), at(2026, 12, 8, 8, 0)))
        .containsExactly(at(2026, 12, 7, 14, 0), at(2026, 12, 7, 20, 0), at(2026, 12, 8, 8, 0));
  }

  @Test
  void keepsToTheDaysOfTheWeek() {
    // 2026-12-07 is a Monday
    assertThat(elevators.dueTimes(at(2026, 12, 6, 0, 0), at(2026, 12, 14, 12, 0)))
        .containsExactly(at(2026, 12, 7, 10, 0), at(2026, 12, 11, 10, 0), at(2026, 12, 14, 10, 0));
  }

  @Test
  void theNextDueTimeIsTheDeadline() {
    assertThat(power.nextDue(at(2026, 12, 7, 20, 0))).isEqualTo(at(2026, 12, 8, 8, 0));
    assertThat(elevators.nextDue(at(2026, 12, 7, 10, 0))).isEqualTo(at(2026, 12, 11, 10, 0));
  }

  @Test
  void refusesTimesThatAreNotTimesOfDay() {
    assertThatThrownBy(() -> new EquipmentGroup("pumps", "水泵", "", List.of("25:00"), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("25:00");
    assertThatThrownBy(() -> new EquipmentGroup("Pumps!", "水泵", "", List.of("08:00"), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EquipmentGroup("pumps", "水泵", "", List.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI);
  }
}
