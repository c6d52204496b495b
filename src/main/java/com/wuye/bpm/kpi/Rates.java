package com.wuye.bpm.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the figures are rounded: rates 0..1 with four decimals, zero when there is nothing to divide. */
final class Rates {

  private Rates() {}

  static BigDecimal rate(long part, long whole) {
    return whole == 0 ? BigDecimal.ZERO.setScale(4)
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }

  static BigDecimal rate(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? BigDecimal.ZERO.setScale(4) : part.divide(whole, 4, RoundingMode.HALF_UP);
  }

  /** An average of seconds in another unit (60 for minutes, 3600 for hours), two decimals; zero when empty. */
  static BigDecimal average(long totalSeconds, long count, int secondsPerUnit) {
    return count == 0 ? BigDecimal.ZERO.setScale(2)
        : BigDecimal.valueOf(totalSeconds).divide(BigDecimal.valueOf(count * secondsPerUnit), 2,
            RoundingMode.HALF_UP);
  }
}
