package com.wuye.bpm.supervision;

import com.wuye.bpm.supervision.QualityInspectionProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task open-quality-inspection: the inspection's record; its number becomes the business key. */
@Component("openQualityInspectionDelegate")
class OpenQualityInspectionDelegate implements JavaDelegate {

  private final QualityInspectionService inspections;

  OpenQualityInspectionDelegate(QualityInspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    QualityInspection inspection = inspections.open(execution.getProcessInstanceId(),
        (String) execution.getVariable(Var.REQUESTED_BY), text(execution.getVariable(Var.INSPECTION_REASON)));
    execution.setProcessBusinessKey(inspection.number());
    execution.setVariable(Var.INSPECTION_NUMBER, inspection.number());
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text.substring(0, Math.min(text.length(), 500));
  }
}
