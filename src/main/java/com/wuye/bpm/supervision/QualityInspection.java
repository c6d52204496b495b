package com.wuye.bpm.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One 物业管理质量检查 and what its steps recorded. */
public record QualityInspection(long id, String number, String processInstanceId, String requestedBy, String reason,
    String estateCode, String teamLeader, String teamMembers, LocalDate plannedDate, String inspectionAreas,
    Integer sampleSize, String planNote, String checkedAreas, String siteRecord, String visitRecord,
    Boolean complaintsHandled, String reportSummary, Boolean majorProblems, String reportApprovedBy,
    OffsetDateTime reportApprovedAt, String correctiveAction, String preventiveAction, String state,
    OffsetDateTime openedAt, OffsetDateTime closedAt) {

  /** The states in the order the steps reach them. */
  public enum State { OPENED, TEAM_FORMED, PLANNED, INSPECTED, SAMPLED, VISITED, REPORTED, APPROVED, CLOSED }

  public State stateValue() {
    return State.valueOf(state);
  }

  /** A household drawn for a visit. */
  public record VisitedHousehold(int drawNo, String unitCode, String ownerName) {}
}
