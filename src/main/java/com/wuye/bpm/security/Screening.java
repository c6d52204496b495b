package com.wuye.bpm.security;

import java.time.OffsetDateTime;

/** The archive record (档案记录) of one screening: who, when, where, what was observed and found, the outcome. */
public record Screening(long id, String number, String processInstanceId, String location, String personDescription,
    String observedBy, OffsetDateTime observedAt, boolean loitering, boolean avoidsQuestions, boolean carriesTools,
    boolean nightTime, boolean tailgating, boolean noClearDestination, Integer riskScore, String riskLevel,
    String recommendedAction, String guardAction, String itemsFound, Boolean suspiciousItems, String itemStatement,
    Boolean hasValidId, String idType, String idNumber, String personName, OffsetDateTime supervisorNotifiedAt,
    String questioningNote, Boolean suspect, String policeStation, String policeReceipt, ScreeningOutcome outcome,
    OffsetDateTime archivedAt,
    OffsetDateTime supervisorAlertedAt) {}
