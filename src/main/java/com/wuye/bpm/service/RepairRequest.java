package com.wuye.bpm.service;

import java.time.OffsetDateTime;

/** 报修记录: one repair request from report to close. */
public record RepairRequest(long id, String number, String processInstanceId, String unit, String reporterName,
    String phone, String channel, String category, String location, String description, boolean urgent,
    String receivedBy, OffsetDateTime receivedAt, RepairStatus status, String priority, Integer responseMinutes,
    Boolean chargeable, OffsetDateTime dispatchedAt, OffsetDateTime respondedAt, Long responseSeconds,
    OffsetDateTime escalatedAt, String surveyFindings, String repairPlan, int repairRound, Boolean satisfied,
    OffsetDateTime closedAt, Long resolutionSeconds) {}
