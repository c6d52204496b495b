package com.wuye.bpm.supervision;

import java.math.BigDecimal;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Asks the decision {@code assessment-pay-adjustment} (dmn/assessment-pay-adjustment.dmn) for the pay adjustment of
 * a score, as deployed: the bands live in the table only, and one round asks it for each project and each branch.
 */
@Component
class PayAdjustment {

  private final ProcessEngine engine;

  PayAdjustment(ProcessEngine engine) {
    this.engine = engine;
  }

  int percentFor(BigDecimal score) {
    Object percent = engine.getDecisionService()
        .evaluateDecisionTableByKey(PerformanceAssessmentProcess.PAY_DECISION,
            Variables.createVariables().putValue(PerformanceAssessmentProcess.Var.SCORE, score.doubleValue()))
        .getSingleResult().getSingleEntry();
    return ((Number) percent).intValue();
  }
}
