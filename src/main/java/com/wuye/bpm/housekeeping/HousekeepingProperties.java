package com.wuye.bpm.housekeeping;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the housekeeping flows under {@code wuye.housekeeping.*}; every one has a default.
 *
 * @param dailyCheckCycle when each day's cleaning check (cleaning-daily-check) opens: a Camunda timer cycle, a cron
 *     expression with seconds first ({@code 0 30 7 * * ?}, the default: 07:30 every day, before the shift)
 */
@ConfigurationProperties("wuye.housekeeping")
public record HousekeepingProperties(String dailyCheckCycle) {

  public static final String DEFAULT_DAILY_CHECK_CYCLE = "0 30 7 * * ?";

  public HousekeepingProperties {
    dailyCheckCycle = dailyCheckCycle == null || dailyCheckCycle.isBlank()
        ? DEFAULT_DAILY_CHECK_CYCLE : dailyCheckCycle.trim();
  }
}
