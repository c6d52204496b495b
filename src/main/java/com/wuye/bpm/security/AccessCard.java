package com.wuye.bpm.security;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** An owner's access card (业主出入证) with its register entry (出入证登记表). */
public record AccessCard(long id, String number, String processInstanceId, String holderName, String unit, String phone,
    String holderType, String idNumber, String paymentKind, BigDecimal amount, String receiptNumber, String appliedBy,
    OffsetDateTime appliedAt, AccessCardStatus status, OffsetDateTime issuedAt, String copiesFileNumber,
    String registerFileNumber, OffsetDateTime lostReportedAt, String lostReportedBy, String lostNote,
    String lostRecordedBy, String missingDocuments, int documentsReturned, String supplementNote) {}
