package com.wuye.bpm.quality;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A quality plan (质量计划, 《服务实现》7.1 §4.4–4.6): name, project, author, reviewer, approver, issue date (§4.5.2), its
 * content and acceptance criteria, acceptance and summary report; state DRAFT, REVIEWED, APPROVED, ISSUED,
 * ACCEPTED, FILED.
 */
public record QualityPlan(long id, String number, String processInstanceId, String planName, String projectName,
    String department, String author, String planContent, String acceptanceCriteria, String draftedBy,
    OffsetDateTime draftedAt, int revision, String reviewedBy, OffsetDateTime reviewedAt, String approvedBy,
    OffsetDateTime approvedAt, LocalDate issueDate, String distributionList, Boolean acceptancePassed,
    String activitySummary, String filingLocation, OffsetDateTime filedAt, String state) {}
