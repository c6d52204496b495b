package com.wuye.bpm.quality;

import java.time.OffsetDateTime;

/** One step a person completed in a quality flow: who, when, and what they wrote. */
public record QualityStep(String step, String stepName, String actor, OffsetDateTime occurredAt, String note) {}
