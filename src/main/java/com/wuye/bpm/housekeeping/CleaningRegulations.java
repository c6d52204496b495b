package com.wuye.bpm.housekeeping;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One version of the cleaning regulations (保洁管理制度, 《物业品质管理手册》 §5.6). {@code version} is set when the
 * version comes into force.
 */
public record CleaningRegulations(String number, String processInstanceId, String title, String content,
    String revisionReason, RegulationsStatus status, Integer version, String draftedBy, OffsetDateTime draftedAt,
    OffsetDateTime inForceFrom, OffsetDateTime supersededAt, String supersededBy, String withdrawnReason,
    LocalDate studiedOn, Integer attendees, String studyNote) {}
