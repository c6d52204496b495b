package com.wuye.bpm.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task close-assessment: the round is closed; unfinished rectification is kept for the next round. */
@Component("closeAssessmentDelegate")
class CloseAssessmentDelegate implements JavaDelegate {

  private final PerformanceAssessmentService assessments;

  CloseAssessmentDelegate(PerformanceAssessmentService assessments) {
    this.assessments = assessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assessments.close(execution.getProcessBusinessKey());
  }
}
