package com.wuye.bpm.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code wuye.sign-in.*}: how wrong passwords are slowed ({@link SignInThrottle}).
 *
 * @param freeFailures wrong sign-ins a source may make within {@code window} before it has to wait (default 10)
 * @param firstDelay the wait after the first failure beyond the free ones; doubled with each further one (1s)
 * @param maxDelay the longest wait (60s)
 * @param window a source's failures are forgotten this long after its last one (15m)
 */
@ConfigurationProperties("wuye.sign-in")
public record SignInProperties(Integer freeFailures, Duration firstDelay, Duration maxDelay, Duration window) {

  public SignInProperties {
    freeFailures = freeFailures == null ? 10 : freeFailures;
    firstDelay = firstDelay == null ? Duration.ofSeconds(1) : firstDelay;
    maxDelay = maxDelay == null ? Duration.ofSeconds(60) : maxDelay;
    window = window == null ? Duration.ofMinutes(15) : window;
    if (freeFailures < 0 || firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || window.isNegative()) {
      throw new IllegalArgumentException("wuye.sign-in: free-failures >= 0, 0 <= first-delay <= max-delay, window >= 0");
    }
  }
}
