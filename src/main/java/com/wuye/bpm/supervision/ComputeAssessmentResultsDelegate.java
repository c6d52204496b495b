package com.wuye.bpm.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task compute-assessment-results: branch scores and every pay adjustment, from the decision. */
@Component("computeAssessmentResultsDelegate")
class ComputeAssessmentResultsDelegate implements JavaDelegate {

  private final PerformanceAssessmentService assessments;

  ComputeAssessmentResultsDelegate(PerformanceAssessmentService assessments) {
    this.assessments = assessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assessments.compute(execution.getProcessBusinessKey());
  }
}
