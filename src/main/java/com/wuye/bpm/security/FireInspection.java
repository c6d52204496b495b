package com.wuye.bpm.security;

import java.time.OffsetDateTime;

/** One fire-safety inspection round and its signed checklist (防火安全检查表). */
public record FireInspection(long id, String number, String processInstanceId, String triggerKind, String area,
    String reason, String requestedBy, OffsetDateTime openedAt, String inspectedBy, OffsetDateTime signedAt,
    String responsibleParty, String note, Integer hazardCount, OffsetDateTime filedAt) {

  public static final String TRIGGER_CYCLE = "cycle";
  public static final String TRIGGER_REQUEST = "request";
}
