package com.wuye.bpm.fee;

import java.time.OffsetDateTime;

/** A notice of a bill at one stage; its letter is in the notice outbox. */
public record DunningNotice(String stage, String stageName, OffsetDateTime issuedAt, OffsetDateTime deadline) {}
