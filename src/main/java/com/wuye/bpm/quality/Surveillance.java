package com.wuye.bpm.quality;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One surveillance audit of a certificate (监督检查, §5.1 节点10): when due, the decision and when the holder was told. */
public record Surveillance(int round, LocalDate scheduledDate, String decision, String decisionNo,
    LocalDate decisionDate, OffsetDateTime notifiedAt) {}
