package com.wuye.bpm.fee;

import java.time.Duration;
import java.util.TimeZone;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The monthly billing run at 00:00 on the 1st in the company's zone ({@code wuye.fee.billing-cron}), on every
 * node: the run's row makes it happen once per period, and its row lock lets the nodes take turns on chunks.
 * Every minute a node also takes over a run whose node stopped in the middle.
 */
@Configuration
@EnableScheduling
class BillingSchedule implements SchedulingConfigurer {

  private final BillingRunService billingRuns;
  private final FeeProperties properties;
  private final java.time.Clock clock;

  BillingSchedule(BillingRunService billingRuns, FeeProperties properties, java.time.Clock clock) {
    this.billingRuns = billingRuns;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar registrar) {
    if (!properties.billingScheduleEnabled()) {
      return;
    }
    registrar.addCronTask(new org.springframework.scheduling.config.CronTask(billingRuns::startMonthlyRun,
        new CronTrigger(properties.billingCron(), TimeZone.getTimeZone(clock.getZone()))));
    registrar.addFixedDelayTask(billingRuns::resumeStaleRuns, Duration.ofMinutes(1));
  }
}
