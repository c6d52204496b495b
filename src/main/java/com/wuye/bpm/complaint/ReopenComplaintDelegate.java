package com.wuye.bpm.complaint;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 重新处理: the owner was not satisfied; counts the reopening. */
@Component
class ReopenComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  ReopenComplaintDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Var.REOPEN_COUNT, complaints.reopen(execution.getProcessBusinessKey(),
        execution.getProcessInstanceId()));
  }
}
