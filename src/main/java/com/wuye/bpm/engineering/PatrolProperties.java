package com.wuye.bpm.engineering;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the equipment patrols under {@code wuye.engineering.patrol.*}; every one has a default.
 *
 * @param checkCycle how often the schedule (equipment-patrol-schedule) looks for due patrols: a Camunda timer cycle,
 *     a cron expression with seconds first ({@code 0 0/15 * * * ?}, the default: every 15 minutes) or an ISO 8601
 *     repetition ({@code R/PT15M}); a patrol opens at most this long after it is due
 * @param groups the equipment groups and their due times; default: 配电设备 at 08:00, 14:00 and 20:00, 给排水设备 at
 *     09:00 and 16:00, 电梯 at 10:00 on Mondays, Wednesdays and Fridays
 */
@ConfigurationProperties("wuye.engineering.patrol")
public record PatrolProperties(String checkCycle, List<EquipmentGroup> groups) {

  public static final String DEFAULT_CHECK_CYCLE = "0 0/15 * * * ?";

  public PatrolProperties {
    checkCycle = checkCycle == null || checkCycle.isBlank() ? DEFAULT_CHECK_CYCLE : checkCycle.trim();
    groups = groups == null || groups.isEmpty() ? defaultGroups() : List.copyOf(groups);
    Set<String> ids = new HashSet<>();
    groups.forEach(group -> {
      if (!ids.add(group.id())) {
        throw new IllegalArgumentException("wuye.engineering.patrol.groups: id " + group.id() + " twice");
      }
    });
  }

  private static List<EquipmentGroup> defaultGroups() {
    return List.of(
        new EquipmentGroup("power-distribution", "配电设备", "高低压配电柜、变压器、配电箱",
            List.of("08:00", "14:00", "20:00"), null),
        new EquipmentGroup("water-supply", "给排水设备", "生活水泵、消防水泵、排污泵", List.of("09:00", "16:00"), null),
        new EquipmentGroup("elevators", "电梯", "客梯、货梯及电梯机房", List.of("10:00"),
            Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)));
  }
}
