package com.wuye.bpm.quality;

import java.time.OffsetDateTime;

/** One application for quality certification (质量认证, §5.1) and where it stands. */
public record Certification(long id, String number, String processInstanceId, String certificationBody,
    String certificationStandard, String certificationScope, String consultant, String appliedBy,
    OffsetDateTime appliedAt, CertificationStatus status, String contractNo, String closedReason) {}
