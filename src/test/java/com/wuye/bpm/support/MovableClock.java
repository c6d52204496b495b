package com.wuye.bpm.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock in the company's zone that a unit test moves by hand. */
public final class MovableClock extends Clock {

  private Instant now;

  public MovableClock(Instant start) {
    this.now = start;
  }

  public void move(Duration by) {
    now = now.plus(by);
  }

  @Override
  public ZoneId getZone() {
    return ZoneId.of("Asia/Shanghai");
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
