package com.wuye.bpm.renovation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One renovation application (装修申请书) and where it stands. */
public record Renovation(long id, String number, String processInstanceId, String unit, String ownerName,
    String ownerPhone, String contractorName, String contractorPhone, LocalDate plannedStart, LocalDate plannedEnd,
    boolean structuralChange, boolean plumbingOrElectrical, BigDecimal areaSqm, String description, String documents,
    RenovationStatus status, OffsetDateTime appliedAt, OffsetDateTime acceptedAt, Boolean engineeringInspection,
    BigDecimal deposit, BigDecimal garbageFee, OffsetDateTime approvedAt, OffsetDateTime escalatedAt,
    OffsetDateTime rejectedAt, String rejectionReason, LocalDate completedOn, OffsetDateTime closedAt) {}
