package com.wuye.bpm.service;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the owner callback plan (owner-callback) under {@code wuye.callback.*}; every one has a default.
 *
 * @param minProblems a unit is planned for a callback when it has at least this many complaints and repair
 *     reports together (default 3)
 * @param windowMonths counted over the last this many months; a unit called back within them is not planned
 *     again (default 6)
 */
@ConfigurationProperties("wuye.callback")
public record CallbackProperties(Integer minProblems, Integer windowMonths) {

  public static final int DEFAULT_MIN_PROBLEMS = 3;
  public static final int DEFAULT_WINDOW_MONTHS = 6;

  public CallbackProperties {
    minProblems = minProblems == null || minProblems < 1 ? DEFAULT_MIN_PROBLEMS : minProblems;
    windowMonths = windowMonths == null || windowMonths < 1 ? DEFAULT_WINDOW_MONTHS : windowMonths;
  }
}
