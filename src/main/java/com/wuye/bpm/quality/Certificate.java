package com.wuye.bpm.quality;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A quality certificate (认证证书): number RZ-…, scope, issue and expiry date, state (VALID, WITHDRAWN, EXPIRED). */
public record Certificate(long id, String number, long certificationId, String scope, LocalDate issueDate,
    LocalDate expiryDate, String status, OffsetDateTime recordedAt) {

  public static final String VALID = "VALID";
  public static final String WITHDRAWN = "WITHDRAWN";
  public static final String EXPIRED = "EXPIRED";
}
