package com.wuye.bpm.supervision;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/** One 十必查 supervision: who, where, which areas were checked and which failed, the report. */
public record SafetySupervision(long id, String number, String processInstanceId, String level, String teamGroup,
    String estateCode, String checkedAreas, String failedAreas, String findings, String report, String state,
    OffsetDateTime openedAt, OffsetDateTime checkedAt, OffsetDateTime filedAt) {

  public enum State { OPENED, CHECKED, REPORTED, FILED }

  public State stateValue() {
    return State.valueOf(state);
  }

  public SupervisionLevel levelValue() {
    return SupervisionLevel.of(level);
  }

  public List<String> failedAreaList() {
    return failedAreas == null || failedAreas.isEmpty() ? List.of() : Arrays.asList(failedAreas.split(","));
  }

  /** The ten must-check areas (十必查), as the checklist sends them, with their names. */
  public static final List<String> AREAS = List.of("work-environment", "fire", "security", "equipment-rooms",
      "water-supply", "power-supply", "lifts", "roofs", "leisure-facilities", "water-features");
}
