package com.wuye.bpm.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 结案: closes the instance's complaint (its business key) with its resolution time and tells the owner. */
@Component
class CloseComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  CloseComplaintDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    complaints.close(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
  }
}
