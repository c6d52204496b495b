package com.wuye.bpm.complaint;

import java.time.OffsetDateTime;

/** One row of the 业主意见受理表. */
public record Complaint(long id, String number, String processInstanceId, String ownerName, String unit, String phone,
    String channel, String category, String description, boolean urgent, String receivedBy,
    String responsibleGroup, String priority, Integer responseMinutes, Boolean callbackRequired,
    ComplaintStatus status, OffsetDateTime receivedAt, OffsetDateTime acknowledgedAt, OffsetDateTime escalatedAt,
    OffsetDateTime closedAt, int reopenCount, Boolean satisfied, Long responseSeconds, Long resolutionSeconds) {}
