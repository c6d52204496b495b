package com.wuye.bpm.fee;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A notice of a bill at one stage; its letter is in the notice outbox.
 *
 * @param deadline when the next stage comes if the bill is still unpaid
 * @param payBy the last day to pay that the letter gives (the day before {@code deadline}); null on notices
 *     issued before fee-dunning 1.3
 */
public record DunningNotice(String stage, String stageName, OffsetDateTime issuedAt, OffsetDateTime deadline,
    LocalDate payBy) {}
