package com.wuye.bpm.quality;

import java.time.OffsetDateTime;

/** A reviewed document entered a state (待评阅, 待评审, 签出, 受控) in a review round. */
public record DocumentStateChange(int reviewRound, DocumentState state, String stateName, OffsetDateTime changedAt) {}
