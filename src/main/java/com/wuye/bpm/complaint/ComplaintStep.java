package com.wuye.bpm.complaint;

import java.time.OffsetDateTime;

/** One handling step of a complaint: who did what, when, and what they wrote. */
public record ComplaintStep(String step, String stepName, String actor, OffsetDateTime occurredAt, String note) {}
