package com.wuye.bpm.casefile;

import java.time.OffsetDateTime;

/** One step a person completed on a case: which step, who, when, and what they wrote. */
public record CaseStep(String step, String stepName, String actor, OffsetDateTime occurredAt, String note) {}
