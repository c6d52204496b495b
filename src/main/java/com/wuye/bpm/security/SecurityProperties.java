package com.wuye.bpm.security;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the security flows under {@code wuye.security.*}; every one has a default.
 *
 * @param fireInspectionCycle when the periodic fire-safety inspection starts: a Camunda timer cycle, either a cron
 *     expression (seconds first, e.g. {@code 0 0 9 ? * MON}: Mondays 09:00) or an ISO 8601 repetition
 *     ({@code R/P7D}); default weekly on Monday at 09:00
 * @param fireInspectionArea the area a periodic inspection covers
 * @param lostItemRetention how long an unclaimed found item is kept before it is disposed of; default 90 days
 */
@ConfigurationProperties("wuye.security")
public record SecurityProperties(String fireInspectionCycle, String fireInspectionArea, Period lostItemRetention) {

  public static final String DEFAULT_FIRE_INSPECTION_CYCLE = "0 0 9 ? * MON";

  public SecurityProperties {
    fireInspectionCycle = fireInspectionCycle == null || fireInspectionCycle.isBlank()
        ? DEFAULT_FIRE_INSPECTION_CYCLE : fireInspectionCycle.trim();
    fireInspectionArea = fireInspectionArea == null || fireInspectionArea.isBlank()
        ? "全辖区：各部门、各楼栋公共区域" : fireInspectionArea.trim();
    lostItemRetention = lostItemRetention == null ? Period.ofDays(90) : lostItemRetention;
  }
}
