package com.wuye.bpm.quality;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A quality manual (质量管理手册, §5.3) being written, approved and archived; state WRITING, APPROVED, RELEASED. */
public record QualityManual(long id, String number, String processInstanceId, String title, String versionLabel,
    String consultant, String writingGroups, String startedBy, OffsetDateTime startedAt, String approvedBy,
    OffsetDateTime approvedAt, String archiveLocation, LocalDate effectiveDate, String state) {}
