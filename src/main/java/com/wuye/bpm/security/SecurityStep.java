package com.wuye.bpm.security;

import java.time.OffsetDateTime;

/** One step of a security record: who did what, when, and what they wrote. */
public record SecurityStep(String step, String stepName, String actor, OffsetDateTime occurredAt, String note) {}
