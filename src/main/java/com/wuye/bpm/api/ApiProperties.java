package com.wuye.bpm.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code wuye.api.*}.
 *
 * @param credentialsTtl how long a node takes credentials it has checked as good without asking the engine's
 *     identity service again (password and groups); 0 checks every request. A changed password, a removed user or
 *     a changed group takes effect on {@code /api} within this time.
 * @param maxBodySize the largest request body {@code /api} reads (default 64KB); larger ones get 413
 */
@ConfigurationProperties("wuye.api")
public record ApiProperties(Duration credentialsTtl, DataSize maxBodySize) {

  public ApiProperties {
    credentialsTtl = credentialsTtl == null ? Duration.ofSeconds(30) : credentialsTtl;
    maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(64) : maxBodySize;
    if (credentialsTtl.isNegative()) {
      throw new IllegalArgumentException("wuye.api.credentials-ttl must not be negative: " + credentialsTtl);
    }
  }
}
