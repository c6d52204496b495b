package com.wuye.bpm.fee;

import java.time.OffsetDateTime;

/** The monthly billing run of one period: how far it got (units are billed in id order) and what it did. */
public record BillingRun(String period, Status status, long lastUnitId, long billsCreated, long instancesStarted,
    long chunks, OffsetDateTime startedAt, OffsetDateTime updatedAt, OffsetDateTime finishedAt, String error) {

  public enum Status { RUNNING, COMPLETED, FAILED }
}
