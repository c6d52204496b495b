package com.wuye.bpm.complaint;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 责任确定: records the classification's routing and tells the owner; sets who gets escalations. */
@Component
class AssignResponsibleGroupDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  AssignResponsibleGroupDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Number minutes = (Number) execution.getVariable(Var.RESPONSE_MINUTES);
    ComplaintClassification classification = new ComplaintClassification(
        (String) execution.getVariable(Var.RESPONSIBLE_GROUP), (String) execution.getVariable(Var.PRIORITY),
        minutes == null ? 0 : minutes.intValue(), Boolean.TRUE.equals(execution.getVariable(Var.CALLBACK_REQUIRED)));
    String supervisorGroup = complaints.assign(execution.getProcessBusinessKey(),
        execution.getProcessInstanceId(), classification);
    execution.setVariable(Var.SUPERVISOR_GROUP, supervisorGroup);
  }
}
