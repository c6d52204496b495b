package com.wuye.bpm.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 业主入住: one owner's occupancy of a unit, from reporting at the notified date to moving in. */
public record Occupancy(long id, String number, String processInstanceId, String unit, String ownerName,
    String phone, LocalDate notifiedDate, String salesAssistant, String receivedBy, OffsetDateTime receivedAt,
    OccupancyStatus status, String servicesIntroduced, int inspectionCount, OffsetDateTime acceptedAt,
    Integer keyCount, String utilitiesArranged, Boolean decorationAdvice, String postponedReason,
    OffsetDateTime completedAt) {}
