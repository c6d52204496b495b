package com.wuye.bpm.complaint;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Element;
import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Var;

import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.engine.TaskActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener on every user task of complaint-handling: checks what the person wrote (Tasklist validates in
 * the browser only) and keeps it as a step of the complaint.
 */
@Component
class ComplaintStepRecorder implements TaskListener {

  private static final int NOTE_MAX = 2000;
  private final ComplaintService complaints;

  ComplaintStepRecorder(ComplaintService complaints) {
    this.complaints = complaints;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = task.getExecution().getProcessBusinessKey();
    String instance = task.getProcessInstanceId();
    String step = task.getTaskDefinitionKey();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      if (Element.ESCALATE_OVERDUE_COMPLAINT.equals(step)) {
        complaints.recordStep(number, Element.RESPONSE_OVERDUE, task.getName(), task.getId(), null,
            complaints.escalate(number, instance));
      }
      return;
    }
    String noteField = ComplaintHandlingProcess.NOTE_OF_TASK.get(step);
    String note = noteField == null ? null : (String) task.getVariable(noteField);
    FieldRules rules = new FieldRules();
    if (noteField != null) {
      rules.text(noteField, note, NOTE_MAX);
    }
    Object satisfaction = task.getVariable(Var.SATISFACTION);
    if (Element.CALLBACK.equals(step)) {
      rules.present(Var.SATISFACTION, satisfaction).oneOf(Var.SATISFACTION, String.valueOf(satisfaction),
          ComplaintHandlingProcess.Satisfaction.ALL);
    }
    rules.check();
    switch (step) {
      case Element.ACKNOWLEDGE_COMPLAINT -> complaints.acknowledge(number, instance);
      case Element.HANDLE_COMPLAINT -> complaints.handle(number, instance);
      case Element.RECORD_HANDLING_RESULT -> complaints.recordResult(number, instance);
      case Element.CALLBACK -> complaints.recordCallback(number, instance,
          ComplaintHandlingProcess.Satisfaction.SATISFIED.equals(satisfaction));
      case Element.REVIEW_REOPENED_COMPLAINT -> complaints.reviewReopened(number, instance);
      default -> { }
    }
    complaints.recordStep(number, step, task.getName(), task.getId(), TaskActor.of(task), note);
  }
}
