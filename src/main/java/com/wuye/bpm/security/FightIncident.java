package com.wuye.bpm.security;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The record of one fight (事件档案): what was seen, how serious, what guards and police did, damage, report. */
public record FightIncident(long id, String number, String processInstanceId, String location, String description,
    int peopleInvolved, boolean weapons, boolean injuries, String damage, String reportedBy, OffsetDateTime reportedAt,
    Boolean serious, String seriousnessReason, OffsetDateTime guardsDispatchedAt, String mediationNote,
    Boolean mediationEffective, OffsetDateTime policeCalledAt, String policeReport, String policeAssistance,
    String damageItems, BigDecimal damageAmount, String caseReport, OffsetDateTime archivedAt, String policeDecision,
    String leadersReport, OffsetDateTime leadersReportedAt) {}
