package com.wuye.bpm.security;

import static com.wuye.bpm.security.FireSafetyInspectionProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 隐患销项: the re-check found the hazard rectified. */
@Component
class CloseHazardDelegate implements JavaDelegate {

  private final FireInspectionService inspections;

  CloseHazardDelegate(FireInspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inspections.closeHazard((String) execution.getVariable(Var.INSPECTION_NUMBER),
        (String) execution.getVariable(Var.HAZARD_TYPE));
  }
}
