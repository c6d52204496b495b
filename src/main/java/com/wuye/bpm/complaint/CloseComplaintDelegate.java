package com.wuye.bpm.complaint;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 结案: closes the record with its resolution time and tells the owner. */
@Component
class CloseComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  CloseComplaintDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaints.close((String) execution.getVariable(Var.COMPLAINT_NUMBER));
  }
}
