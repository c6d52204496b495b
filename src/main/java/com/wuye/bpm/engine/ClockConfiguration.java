package com.wuye.bpm.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every feature reads "now" from, in the company's zone. It is the engine's clock, so records written by
 * a timer job carry the time the engine ran it, and a test that moves the engine's time moves the records' too.
 */
@Configuration
class ClockConfiguration {

  @Bean
  Clock clock(WuyeProperties properties) {
    return new EngineClock(properties.zone());
  }

  /** {@link ClockUtil}'s time (the system's, unless a test has set it) in a zone. */
  static final class EngineClock extends Clock {

    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new EngineClock(zone);
    }

    @Override
    public Instant instant() {
      return ClockUtil.getCurrentTime().toInstant();
    }
  }
}
