package com.wuye.bpm.engineering;

import java.time.OffsetDateTime;

/**
 * One patrol of an equipment group at one due time (《物业品质管理手册》 §5.7.2): opened, checked and logged, or
 * missed. The checks hold the codes of the form check-equipment.
 */
public record EquipmentPatrol(String number, String processInstanceId, String equipmentGroup, String groupName,
    OffsetDateTime dueAt, OffsetDateTime deadline, PatrolStatus status, PatrolCheck check, String checkedBy,
    OffsetDateTime checkedAt, OffsetDateTime loggedAt, String missedNote) {}
