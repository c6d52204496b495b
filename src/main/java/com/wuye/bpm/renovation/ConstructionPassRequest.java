package com.wuye.bpm.renovation;

import java.time.OffsetDateTime;

/** A contractor's request for workers' passes under a renovation permit (§5.4.4). */
public record ConstructionPassRequest(long id, String number, String processInstanceId, String permitNumber,
    String contractorName, String contractorLicence, String contractorPhone, String status,
    OffsetDateTime requestedAt, OffsetDateTime collectedAt, String handedOverTo) {

  public static final String REQUESTED = "REQUESTED";
  /** The contractor's documents were accepted (资质合格): passes may be issued. */
  public static final String QUALIFIED = "QUALIFIED";
  public static final String REFUSED = "REFUSED";
  public static final String ISSUED = "ISSUED";
  public static final String COLLECTED = "COLLECTED";
}
