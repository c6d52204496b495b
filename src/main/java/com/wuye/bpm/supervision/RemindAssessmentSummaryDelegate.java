package com.wuye.bpm.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task remind-assessment-summary: the round's summary table is past its deadline (the 5th). */
@Component("remindAssessmentSummaryDelegate")
class RemindAssessmentSummaryDelegate implements JavaDelegate {

  private final PerformanceAssessmentService assessments;

  RemindAssessmentSummaryDelegate(PerformanceAssessmentService assessments) {
    this.assessments = assessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assessments.remindSummary(execution.getProcessBusinessKey());
  }
}
