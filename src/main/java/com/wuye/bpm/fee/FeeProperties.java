package com.wuye.bpm.fee;

import java.time.Duration;
import java.time.YearMonth;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code wuye.fee.*}; every one has a default, so no yaml is needed.
 *
 * @param billingChunkSize units billed per transaction of a billing run (memory stays flat)
 * @param billingCron when the monthly billing run starts, in the company's zone (Spring cron: s m h dom mon dow)
 * @param billingScheduleEnabled false switches the monthly run off (e.g. on nodes that only serve the API)
 * @param billingResumeAfter a RUNNING run untouched this long (its node died) is resumed by another node
 * @param paymentAttempts how often a payment is tried when the engine reports a concurrent change
 * @param firstPeriod the first period a billing run may bill ({@code 2020-01}); by default the month the first
 *     household of a billable unit moved in. The last is always next month.
 */
@ConfigurationProperties("wuye.fee")
public record FeeProperties(Integer billingChunkSize, String billingCron, Boolean billingScheduleEnabled,
    Duration billingResumeAfter, Integer paymentAttempts, YearMonth firstPeriod) {

  public FeeProperties {
    billingChunkSize = billingChunkSize == null ? 200 : billingChunkSize;
    billingCron = billingCron == null ? "0 0 0 1 * *" : billingCron;
    billingScheduleEnabled = billingScheduleEnabled == null || billingScheduleEnabled;
    billingResumeAfter = billingResumeAfter == null ? Duration.ofMinutes(5) : billingResumeAfter;
    paymentAttempts = paymentAttempts == null ? 5 : paymentAttempts;
  }
}
