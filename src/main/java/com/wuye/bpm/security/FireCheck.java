package com.wuye.bpm.security;

import java.time.OffsetDateTime;

/** One check of an inspection's checklist; with a problem it is a hazard to rectify by its deadline. */
public record FireCheck(String checkType, boolean problem, String detail, Integer rectificationDays,
    OffsetDateTime deadline, OffsetDateTime notifiedAt, int recheckCount, String lastRecheckNote, int escalationCount,
    OffsetDateTime lastEscalatedAt, OffsetDateTime rectifiedAt) {}
