package com.wuye.bpm.renovation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 施工人员出入证: one per worker, valid until the permit's end; the ID number as stored (full). */
public record ConstructionPass(String number, long requestId, String workerName, String idNumber, LocalDate validUntil,
    OffsetDateTime issuedAt, OffsetDateTime returnedAt, boolean missing) {

  /** What the guard at the gate is told. */
  public enum Status {
    VALID("有效"), EXPIRED("已过期"), RETURNED("已收回"), MISSING("未收回（已登记遗失），无效");

    private final String chineseName;

    Status(String chineseName) {
      this.chineseName = chineseName;
    }

    public String chineseName() {
      return chineseName;
    }
  }

  public Status statusOn(LocalDate today) {
    if (returnedAt != null) {
      return Status.RETURNED;
    }
    if (missing) {
      return Status.MISSING;
    }
    return today.isAfter(validUntil) ? Status.EXPIRED : Status.VALID;
  }

  public String maskedIdNumber() {
    return ResidentIdNumber.mask(idNumber);
  }
}
