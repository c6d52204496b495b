package com.wuye.bpm.security;

import com.wuye.bpm.api.FormValues;
import static com.wuye.bpm.security.FireSafetyInspectionProcess.Var;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 限期整改通知: gives the hazard the decision's deadline and tells the responsible party. */
@Component
class IssueRectificationNoticeDelegate implements JavaDelegate {

  private final FireInspectionService inspections;

  IssueRectificationNoticeDelegate(FireInspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FireCheck hazard = inspections.issueRectificationNotice((String) execution.getVariable(Var.INSPECTION_NUMBER),
        (String) execution.getVariable(Var.HAZARD_TYPE), FormValues.of(execution).integer(Var.RECTIFICATION_DAYS),
        (String) execution.getVariable(Var.HAZARD_NAME));
    execution.setVariable(Var.HAZARD_DETAIL, hazard.detail());
    execution.setVariable(Var.RECTIFICATION_DEADLINE, Date.from(hazard.deadline().toInstant()));
  }
}
