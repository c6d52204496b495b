package com.wuye.bpm.housekeeping;

import com.wuye.bpm.engine.OfferedToModels;
import org.springframework.stereotype.Component;

/**
 * The cycle of the timer start event of cleaning-daily-check ({@code ${cleaningSchedule.dailyCheckCycle}}). The
 * engine reads it when the process is deployed and, with {@code reevaluateTimeCycleWhenDue}, each time it fires.
 */
@Component
@OfferedToModels
public class CleaningSchedule {

  private final HousekeepingProperties properties;

  CleaningSchedule(HousekeepingProperties properties) {
    this.properties = properties;
  }

  public String getDailyCheckCycle() {
    return properties.dailyCheckCycle();
  }
}
