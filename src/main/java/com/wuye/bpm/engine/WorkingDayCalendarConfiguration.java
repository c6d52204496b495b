package com.wuye.bpm.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads the holiday arrangements (one YAML file per year) and provides the {@link WorkingDayCalendar} as the
 * bean {@code workingDays}, which the models use in timer and due-date expressions. A file with an error stops
 * the start: a wrong calendar would silently move every deadline.
 */
@Configuration
class WorkingDayCalendarConfiguration {

  private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendarConfiguration.class);

  @Bean
  @OfferedToModels
  WorkingDayCalendar workingDays(WorkingDayCalendarProperties properties, WuyeProperties wuye,
      ResourcePatternResolver resources) throws IOException {
    List<HolidayArrangement> arrangements = new ArrayList<>();
    for (String pattern : properties.files()) {
      for (Resource resource : resources.getResources(pattern)) {
        try (InputStream in = resource.getInputStream()) {
          HolidayArrangement arrangement = HolidayArrangement.read(in, resource.getDescription());
          log.info("Working-day calendar {}: {} holidays, {} make-up working days, from {} ({})", arrangement.year(),
              arrangement.holidays().size(), arrangement.workdays().size(), resource.getDescription(),
              arrangement.source());
          arrangements.add(arrangement);
        }
      }
    }
    if (arrangements.isEmpty()) {
      log.warn("No holiday arrangement found in {}: deadlines in working days skip weekends only", properties.files());
    }
    return new WorkingDayCalendar(wuye.zone(), properties.closingTimeOfDay(), arrangements);
  }
}
