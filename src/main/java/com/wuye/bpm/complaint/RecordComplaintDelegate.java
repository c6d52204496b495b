package com.wuye.bpm.complaint;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Var;

import com.wuye.bpm.api.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 投诉记录: reads the intake the start form or the REST API submitted, writes the complaint record and makes its
 * number the business key.
 */
@Component
class RecordComplaintDelegate implements JavaDelegate {

  private final ComplaintService complaints;

  RecordComplaintDelegate(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ComplaintIntake intake = complaints.read(FormValues.of(execution));
    Complaint complaint = complaints.register(intake, execution.getProcessInstanceId(),
        (String) execution.getVariable(Var.RECEIVED_BY));
    execution.setProcessBusinessKey(complaint.number());
    execution.setVariable(Var.COMPLAINT_NUMBER, complaint.number());
    execution.setVariable(Var.URGENT, complaint.urgent());
  }
}
