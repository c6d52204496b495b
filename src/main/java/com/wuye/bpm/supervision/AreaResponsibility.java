package com.wuye.bpm.supervision;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Asks the decision {@code safety-area-responsibility} (dmn/safety-area-responsibility.dmn) who rectifies a problem
 * in one of the ten areas, and within how many days.
 */
@Component
class AreaResponsibility {

  static final String DECISION = "safety-area-responsibility";

  private final ProcessEngine engine;

  AreaResponsibility(ProcessEngine engine) {
    this.engine = engine;
  }

  Responsibility of(String area) {
    Map<String, Object> result = engine.getDecisionService()
        .evaluateDecisionTableByKey(DECISION, Variables.createVariables().putValue("area", area))
        .getSingleResult().getEntryMap();
    return new Responsibility((String) result.get("responsibleGroup"), (String) result.get("areaName"),
        ((Number) result.get("rectificationDays")).intValue());
  }

  /** The decision's answer for one area. */
  record Responsibility(String responsibleGroup, String areaName, int rectificationDays) {}
}
