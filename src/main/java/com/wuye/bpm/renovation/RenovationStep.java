package com.wuye.bpm.renovation;

import java.time.OffsetDateTime;

/** One step of an application that a person did: who, when, and what they wrote. */
public record RenovationStep(long id, String step, String stepName, String actor, OffsetDateTime occurredAt,
    String note) {}
