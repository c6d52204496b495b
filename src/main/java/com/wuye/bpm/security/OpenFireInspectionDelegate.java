package com.wuye.bpm.security;

import com.wuye.bpm.api.FormValues;
import static com.wuye.bpm.security.FireSafetyInspectionProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 建立检查记录: opens the inspection round and makes its number the business key. */
@Component
class OpenFireInspectionDelegate implements JavaDelegate {

  private final FireInspectionService inspections;

  OpenFireInspectionDelegate(FireInspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FireInspection inspection = inspections.open(execution.getProcessInstanceId(), FormValues.of(execution).text(Var.AREA),
        FormValues.of(execution).text(Var.REASON), FormValues.of(execution).text(Var.REQUESTED_BY));
    execution.setProcessBusinessKey(inspection.number());
    execution.setVariable(Var.INSPECTION_NUMBER, inspection.number());
    execution.setVariable(Var.AREA, inspection.area());
  }
}
