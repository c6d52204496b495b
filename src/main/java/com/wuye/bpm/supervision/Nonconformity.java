package com.wuye.bpm.supervision;

import com.wuye.bpm.engine.StaffGroup;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One 不合格报告: the nonconformity, the department that must correct it and what happened to it. */
public record Nonconformity(long id, String number, String processInstanceId, String responsibleGroup, String source,
    String description, LocalDate deadline, String issuedBy, OffsetDateTime issuedAt, String cause,
    String correctionReport, OffsetDateTime correctedAt, String verificationNote, int returnedCount, boolean overdue,
    String state, OffsetDateTime closedAt) {

  /** OPEN: the department corrects it; CORRECTED: the quality department verifies; VERIFIED, then CLOSED. */
  public enum State { OPEN, CORRECTED, VERIFIED, CLOSED }

  public State stateValue() {
    return State.valueOf(state);
  }

  public String departmentName() {
    return StaffGroup.byId(responsibleGroup).map(StaffGroup::chineseName).orElse(responsibleGroup);
  }
}
