package com.wuye.bpm.quality;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A document an outside party sent or the company handed over in a certification, as the quality center recorded
 * it: kind, surveillance round (null before the certificate), number, date, outcome, what it says.
 */
public record CertificationDocument(String kind, Integer surveillanceRound, String documentNo, LocalDate documentDate,
    String outcome, String note, String recordedBy, OffsetDateTime recordedAt) {}
