package com.wuye.bpm.security;

import java.time.OffsetDateTime;

/** A found item from its handover record (失物移交记录表) to its claim form (失物认领表) or disposal record. */
public record FoundItem(long id, String number, String processInstanceId, String itemDescription, String foundPlace,
    String finderName, String receivedBy, OffsetDateTime receivedAt, boolean ownerKnown, String ownerName,
    String ownerPhone, OffsetDateTime retentionUntil, OffsetDateTime ownerNotifiedAt, String noticePlace,
    OffsetDateTime postedAt, String claimantName, String claimantIdNumber, String claimantPhone,
    OffsetDateTime claimedAt, String disposalMethod, String disposalNote, OffsetDateTime disposedAt, String outcome,
    OffsetDateTime archivedAt) {

  public static final String CLAIMED = "claimed";
  public static final String DISPOSED = "disposed";
}
