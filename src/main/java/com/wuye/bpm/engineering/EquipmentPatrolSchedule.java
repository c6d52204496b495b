package com.wuye.bpm.engineering;

import com.wuye.bpm.engine.OfferedToModels;
import org.springframework.stereotype.Component;

/**
 * The cycle of the timer start event of equipment-patrol-schedule ({@code ${equipmentPatrolSchedule.cycle}}). The
 * engine reads it when the process is deployed and, with {@code reevaluateTimeCycleWhenDue}, each time it fires.
 */
@Component
@OfferedToModels
public class EquipmentPatrolSchedule {

  private final PatrolProperties properties;

  EquipmentPatrolSchedule(PatrolProperties properties) {
    this.properties = properties;
  }

  public String getCycle() {
    return properties.checkCycle();
  }
}
