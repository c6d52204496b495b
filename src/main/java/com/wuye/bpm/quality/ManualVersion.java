package com.wuye.bpm.quality;

import java.time.OffsetDateTime;

/** One entry of a manual's version history: draft 0.n, consultant revision, departments' revision, approval, release. */
public record ManualVersion(int versionNo, String label, String stage, String note, String createdBy,
    OffsetDateTime createdAt) {}
