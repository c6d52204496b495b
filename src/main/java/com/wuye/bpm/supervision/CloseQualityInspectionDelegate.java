package com.wuye.bpm.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task close-quality-inspection: the inspection is closed. */
@Component("closeQualityInspectionDelegate")
class CloseQualityInspectionDelegate implements JavaDelegate {

  private final QualityInspectionService inspections;

  CloseQualityInspectionDelegate(QualityInspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inspections.close(execution.getProcessBusinessKey());
  }
}
