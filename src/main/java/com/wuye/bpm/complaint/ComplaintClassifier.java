package com.wuye.bpm.complaint;

import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Asks the deployed decision {@code complaint-classification} before a complaint is accepted, so that the
 * table, not Java, says which categories exist. The process itself evaluates the same decision.
 */
@Component
class ComplaintClassifier {

  private final DecisionService decisionService;

  ComplaintClassifier(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  Optional<ComplaintClassification> classify(String category, boolean urgent) {
    DmnDecisionResultEntries result = decisionService
        .evaluateDecisionByKey(ComplaintHandlingProcess.CLASSIFICATION_DECISION)
        .variables(Variables.createVariables().putValue("category", category).putValue("urgent", urgent))
        .evaluate()
        .getSingleResult();
    if (result == null) {
      return Optional.empty();
    }
    return Optional.of(new ComplaintClassification(result.getEntry("responsibleGroup"), result.getEntry("priority"),
        ((Number) result.getEntry("responseMinutes")).intValue(), result.getEntry("callbackRequired")));
  }
}
