package com.wuye.bpm.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 业主迁入 and its 业主迁入通知: an owner or tenant moving into a unit and the departments' confirmations. */
public record MoveIn(long id, String number, String processInstanceId, String unit, String occupantName,
    String occupantType, String phone, String receivedBy, OffsetDateTime receivedAt, MoveInStatus status,
    String documentsChecked, String refusedReason, LocalDate serviceStartDate, OffsetDateTime noticeSentAt,
    OffsetDateTime engineeringConfirmedAt, OffsetDateTime securityConfirmedAt, OffsetDateTime completedAt) {}
