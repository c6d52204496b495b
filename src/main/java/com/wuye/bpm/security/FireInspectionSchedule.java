package com.wuye.bpm.security;

import org.springframework.stereotype.Component;

/**
 * The cycle of the timer start event of fire-safety-inspection-cycle ({@code ${fireInspectionSchedule.cycle}}). The engine
 * reads it when the process is deployed (and, with {@code reevaluateTimeCycleWhenDue}, each time the timer fires).
 */
@com.wuye.bpm.engine.OfferedToModels
@Component
public class FireInspectionSchedule {

  private final SecurityProperties properties;

  FireInspectionSchedule(SecurityProperties properties) {
    this.properties = properties;
  }

  public String getCycle() {
    return properties.fireInspectionCycle();
  }
}
