package com.wuye.bpm.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 公司水牌申请表: a company's signboard from the stamped application to hanging it. */
public record Signboard(long id, String number, String processInstanceId, String unit, String companyName,
    String signText, String applicantName, String phone, String receivedBy, OffsetDateTime receivedAt,
    SignboardStatus status, String licenceNumber, String rejectedReason, BigDecimal feeAmount, String receiptNumber,
    OffsetDateTime orderedAt, int remakeCount, String makerName, LocalDate deliveredOn, String hangingLocation,
    OffsetDateTime completedAt) {}
