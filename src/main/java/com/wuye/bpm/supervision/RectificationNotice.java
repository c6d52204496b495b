package com.wuye.bpm.supervision;

import com.wuye.bpm.engine.StaffGroup;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * 整改通知书: one problem found by an inspection, an assessment or a safety supervision, addressed to the group that
 * must rectify it by its deadline.
 *
 * @param sourceKey the business key of the record that found the problem
 * @param subject what within that record the problem concerns (an assessment's project), or null
 * @param state {@code DRAFT} until its report is final, then {@code OPEN}, then {@code RECTIFIED}
 * @param round 1 for the first notice, 2 after the first follow-up found it not rectified (the second notice), …
 */
public record RectificationNotice(String number, String sourceKey, String processKey, String subject,
    String responsibleGroup, String problem, LocalDate deadline, String state, int round, OffsetDateTime issuedAt,
    String followedUpBy, String followUpNote, OffsetDateTime rectifiedAt) {

  public String departmentName() {
    return StaffGroup.byId(responsibleGroup).map(StaffGroup::chineseName).orElse(responsibleGroup);
  }

  /** A problem as a report lists it, before it becomes a notice. */
  public record Finding(String subject, String responsibleGroup, String problem, LocalDate deadline) {}
}
