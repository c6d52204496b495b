package com.wuye.bpm.quality;

import java.time.OffsetDateTime;

/** One quality review (质量评审, §5.2) of a project's document. */
public record QualityReview(long id, String number, String processInstanceId, String projectName, String department,
    String projectScale, boolean critical, String reviewItems, String documentTitle, String documentVersion,
    String documentAuthor, String requestedBy, OffsetDateTime requestedAt, String reviewLevel, String requiredRoles,
    String reviewLeader, int reviewRound, String reviewType, String conclusion, Boolean regressionReview,
    DocumentState documentState, String archiveLocation, OffsetDateTime archivedAt) {}
