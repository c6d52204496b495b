package com.wuye.bpm.fee;

import java.time.OffsetDateTime;

/** A household's arrears case {@code QF-<unit>-<nn>}: open from the first bill it collects until nothing is owed. */
public record ArrearsCase(long id, String number, long unitId, String unitCode, String ownerName, String phone,
    boolean medicalEquipment, ArrearsCaseStatus status, String processInstanceId, OffsetDateTime openedAt,
    OffsetDateTime closedAt) {

  static String number(String unitCode, int sequence) {
    return String.format("QF-%s-%02d", unitCode, sequence);
  }
}
