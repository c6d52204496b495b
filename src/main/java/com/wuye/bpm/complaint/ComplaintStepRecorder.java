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
    String number = (String) task.getVariable(Var.COMPLAINT_NUMBER);
    String step = task.getTaskDefinitionKey();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      if (Element.ESCALATE_OVERDUE_COMPLAINT.equals(step)) {
        complaints.escalate(number, task.getId(), task.getName());
      }
      return;
    }
    String noteField = ComplaintHandlingProcess.NOTE_OF_TASK.get(step);
    String note = noteField == null ? null : (String) task.getVariable(noteField);
    FieldRules rules = new FieldRules();
    if (noteField != null) {
      rules.text(noteField, note, NOTE_MAX);
    }
    if (Element.CALLBACK.equals(step)) {
      rules.present(Var.SATISFIED, task.getVariable(Var.SATISFIED));
    }
    rules.check();
    if (Element.CALLBACK.equals(step)) {
      complaints.recordCallback(number, Boolean.TRUE.equals(task.getVariable(Var.SATISFIED)));
    }
    complaints.recordStep(number, step, task.getName(), task.getId(), TaskActor.of(task), note);
  }

}
