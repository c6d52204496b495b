package com.wuye.bpm.fee;

import java.time.OffsetDateTime;

/** One application to suspend a unit's services (暂停服务申请) and what became of it. */
public record ServiceSuspension(String services, String appliedBy, OffsetDateTime appliedAt, Boolean approved,
    String approvedBy, OffsetDateTime decidedAt, OffsetDateTime suspendedAt, OffsetDateTime restoredAt) {}
