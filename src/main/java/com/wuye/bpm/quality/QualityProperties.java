package com.wuye.bpm.quality;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code wuye.quality.*}.
 *
 * @param certificateValidity how long a quality certificate is valid from its issue date (default {@code P3Y})
 * @param surveillanceInterval time between surveillance audits of a certificate, counted from its issue date
 *     (default {@code P1Y}); audits are held while the next date is before the certificate's expiry
 */
@ConfigurationProperties("wuye.quality")
public record QualityProperties(Period certificateValidity, Period surveillanceInterval) {

  public QualityProperties {
    certificateValidity = certificateValidity == null ? Period.ofYears(3) : certificateValidity;
    surveillanceInterval = surveillanceInterval == null ? Period.ofYears(1) : surveillanceInterval;
    if (certificateValidity.isNegative() || certificateValidity.isZero()) {
      throw new IllegalArgumentException("wuye.quality.certificate-validity must be positive");
    }
    if (surveillanceInterval.isNegative() || surveillanceInterval.isZero()) {
      throw new IllegalArgumentException("wuye.quality.surveillance-interval must be positive");
    }
  }

  /** The defaults: certificates valid three years, surveillance every year. */
  public static QualityProperties defaults() {
    return new QualityProperties(null, null);
  }
}
