package com.wuye.bpm.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 回访业主记录表: one callback from the plan to the reviewed record. */
public record OwnerCallback(long id, String number, String processInstanceId, String unit, int complaintCount,
    int repairCount, String categories, int windowMonths, String plannedBy, OffsetDateTime receivedAt,
    OwnerCallbackStatus status, OffsetDateTime appointmentAt, String declinedReason, String departments,
    String ownerQuestions, Boolean resolvedOnSite, String pendingIssues, LocalDate agreedDate, String visitedBy,
    OffsetDateTime visitedAt, String recordContent, String satisfaction, int returnCount, String reviewedBy,
    OffsetDateTime completedAt) {}
