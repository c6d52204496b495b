package com.wuye.bpm.complaint;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Element;
import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Var;

import com.wuye.bpm.casefile.CaseFile;
import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskStepContext;
import com.wuye.bpm.casefile.TaskSteps;
import com.wuye.bpm.complaint.ComplaintHandlingProcess.Satisfaction;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * What each user task of complaint-handling reads and writes to the complaint record (业主意见受理表); the case
 * file keeps every completed task as a step with what the person wrote. Each action names the complaint by the
 * instance's business key and is refused when the complaint is not where the task expects it.
 */
@Component
class ComplaintTasks implements FlowTasks {

  static final int NOTE_MAX = 2000;

  private final ComplaintService complaints;
  private final CaseFile caseFile;

  ComplaintTasks(ComplaintService complaints, CaseFile caseFile) {
    this.complaints = complaints;
    this.caseFile = caseFile;
  }

  @Override
  public String processKey() {
    return ComplaintHandlingProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.COMPLAINT_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.ACKNOWLEDGE_COMPLAINT).note(Var.INVESTIGATION, NOTE_MAX)
        .onComplete(routed(step -> complaints.acknowledge(step.businessKey(), instanceOf(step))));
    steps.task(Element.ESCALATE_OVERDUE_COMPLAINT).note(Var.SUPERVISOR_ACTION, NOTE_MAX)
        .onCreate(this::escalate).onComplete(routed(step -> { }));
    steps.task(Element.HANDLE_COMPLAINT).note(Var.HANDLING_ACTION, NOTE_MAX)
        .onComplete(routed(step -> complaints.handle(step.businessKey(), instanceOf(step))));
    steps.task(Element.RECORD_HANDLING_RESULT).note(Var.HANDLING_RESULT, NOTE_MAX)
        .onComplete(routed(step -> complaints.recordResult(step.businessKey(), instanceOf(step))));
    steps.task(Element.CALLBACK)
        .reads(values -> {
          values.choice(Var.SATISFACTION, Satisfaction.ALL);
          return values.requiredText(Var.CALLBACK_NOTE, NOTE_MAX);
        })
        .onComplete(routed(step -> complaints.recordCallback(step.businessKey(), instanceOf(step),
            Satisfaction.SATISFIED.equals(step.values().text(Var.SATISFACTION)))));
    steps.task(Element.REVIEW_REOPENED_COMPLAINT).note(Var.QUALITY_MANAGER_OPINION, NOTE_MAX)
        .onComplete(routed(step -> complaints.reviewReopened(step.businessKey(), instanceOf(step))));
  }

  /** The action, after checking that the completion did not send another responsible group. */
  private Consumer<TaskStepContext> routed(Consumer<TaskStepContext> action) {
    return step -> {
      complaints.requireRouting(step.businessKey(), step.values().text(Var.RESPONSIBLE_GROUP));
      action.accept(step);
    };
  }

  /** The response time passed: the complaint notes the escalation, and the case file keeps it as a step. */
  private void escalate(TaskStepContext step) {
    String note = complaints.escalate(step.businessKey(), instanceOf(step));
    caseFile.record(step.businessKey(), step.processKey(), Element.RESPONSE_OVERDUE, step.task().getName(),
        step.task().getId(), null, note);
  }

  private static String instanceOf(TaskStepContext step) {
    return step.task().getProcessInstanceId();
  }
}
