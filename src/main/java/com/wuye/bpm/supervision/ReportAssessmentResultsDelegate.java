package com.wuye.bpm.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task report-assessment-results: the circular and the summary table to quality and HR. */
@Component("reportAssessmentResultsDelegate")
class ReportAssessmentResultsDelegate implements JavaDelegate {

  private final PerformanceAssessmentService assessments;

  ReportAssessmentResultsDelegate(PerformanceAssessmentService assessments) {
    this.assessments = assessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    assessments.report(execution.getProcessBusinessKey());
  }
}
