package com.wuye.bpm.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code wuye.api.*}.
 *
 * @param credentialsTtl how long a node takes credentials it has checked as good without asking the engine's
 *     identity service again (password and groups); 0 checks every request. A changed password, a removed user or
 *     a changed group takes effect on {@code /api} within this time.
 */
@ConfigurationProperties("wuye.api")
public record ApiProperties(Duration credentialsTtl) {

  public ApiProperties {
    credentialsTtl = credentialsTtl == null ? Duration.ofSeconds(30) : credentialsTtl;
    if (credentialsTtl.isNegative()) {
      throw new IllegalArgumentException("wuye.api.credentials-ttl must not be negative: " + credentialsTtl);
    }
  }
}
