package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerCallbackProcess.Element;
import static com.wuye.bpm.service.OwnerCallbackProcess.Var;

import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import java.util.List;
import org.springframework.stereotype.Component;

/** What the user tasks of owner-callback read, check and write. */
@Component
class CallbackTasks implements FlowTasks {

  private final OwnerCallbackService callbacks;

  CallbackTasks(OwnerCallbackService callbacks) {
    this.callbacks = callbacks;
  }

  @Override
  public String processKey() {
    return OwnerCallbackProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.CALLBACK_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.APPOINT_CALLBACK)
        .reads(values -> {
          String result = values.choice(Var.APPOINTMENT_RESULT, OwnerCallbackProcess.APPOINTMENT_RESULTS.keySet());
          values.dateTime(Var.APPOINTMENT_AT);
          String note = values.requiredText(Var.APPOINTMENT_NOTE, ServiceFields.SHORT_NOTE_MAX);
          return OwnerCallbackProcess.APPOINTMENT_RESULTS.get(result) + "：" + note;
        })
        .onComplete(step -> callbacks.appoint(step.businessKey(), agreed(step.values()),
            step.values().dateTime(Var.APPOINTMENT_AT), step.values().text(Var.APPOINTMENT_NOTE)));
    steps.task(Element.VISIT_OWNER)
        .reads(values -> {
          if (values.checklist(Var.DEPARTMENTS, OwnerCallbackProcess.DEPARTMENTS).isEmpty()) {
            values.rules().reject(Var.DEPARTMENTS, "至少一个配合部门 (at least one department)");
          }
          String questions = values.requiredText(Var.OWNER_QUESTIONS, ServiceFields.NOTE_MAX);
          String result = values.choice(Var.ON_SITE_RESULT, OwnerCallbackProcess.ON_SITE_RESULTS.keySet());
          values.optionalText(Var.PENDING_ISSUES, ServiceFields.NOTE_MAX);
          values.date(Var.AGREED_DATE);
          return OwnerCallbackProcess.ON_SITE_RESULTS.get(result) + "：" + questions;
        })
        .onComplete(step -> {
          FormValues values = step.values();
          List<String> departments = values.checklist(Var.DEPARTMENTS);
          callbacks.visit(step.businessKey(), departments, values.text(Var.OWNER_QUESTIONS),
              OwnerCallbackProcess.RESOLVED_ON_SITE.equals(values.text(Var.ON_SITE_RESULT)),
              values.text(Var.PENDING_ISSUES), values.date(Var.AGREED_DATE), step.actor());
        });
    steps.task(Element.WRITE_CALLBACK_RECORD)
        .reads(values -> {
          values.choice(Var.SATISFACTION, OwnerCallbackProcess.SATISFACTIONS);
          return values.requiredText(Var.RECORD_CONTENT, ServiceFields.NOTE_MAX);
        })
        .onComplete(step -> callbacks.record(step.businessKey(), step.values().text(Var.RECORD_CONTENT),
            step.values().text(Var.SATISFACTION)));
    steps.task(Element.REVIEW_CALLBACK_RECORD)
        .reads(values -> values.approval(Var.REVIEW_RESULT, Var.REVIEW_NOTE, ServiceFields.SHORT_NOTE_MAX))
        .onComplete(step -> callbacks.review(step.businessKey(),
            !FormValues.REJECT.equals(step.values().text(Var.REVIEW_RESULT)), step.actor()));
  }

  private static boolean agreed(FormValues values) {
    return OwnerCallbackProcess.APPOINTMENT_AGREED.equals(values.text(Var.APPOINTMENT_RESULT));
  }
}
