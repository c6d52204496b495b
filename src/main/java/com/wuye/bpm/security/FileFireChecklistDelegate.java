package com.wuye.bpm.security;

import static com.wuye.bpm.security.FireSafetyInspectionProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 检查表存档并汇报: files the signed checklist and reports to the security supervisor. */
@Component
class FileFireChecklistDelegate implements JavaDelegate {

  private final FireInspectionService inspections;

  FileFireChecklistDelegate(FireInspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    inspections.file((String) execution.getVariable(Var.INSPECTION_NUMBER));
  }
}
