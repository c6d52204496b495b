package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerMoveInProcess.Element;
import static com.wuye.bpm.service.OwnerMoveInProcess.Var;

import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import com.wuye.bpm.engine.StaffGroup;
import org.springframework.stereotype.Component;

/** What the user tasks of owner-move-in read, check and write. */
@Component
class MoveInTasks implements FlowTasks {

  private final MoveInService moveIns;

  MoveInTasks(MoveInService moveIns) {
    this.moveIns = moveIns;
  }

  @Override
  public String processKey() {
    return OwnerMoveInProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.MOVE_IN_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.CHECK_MOVE_IN_DOCUMENTS)
        .reads(values -> {
          values.checklist(Var.DOCUMENTS_CHECKED, OwnerMoveInProcess.DOCUMENTS);
          values.choice(Var.DOCUMENTS_RESULT, OwnerMoveInProcess.DOCUMENTS_RESULTS);
          return values.requiredText(Var.DOCUMENTS_NOTE, ServiceFields.SHORT_NOTE_MAX);
        })
        .onComplete(step -> moveIns.checkDocuments(step.businessKey(),
            OwnerMoveInProcess.DOCUMENTS_COMPLETE.equals(step.values().text(Var.DOCUMENTS_RESULT)),
            step.values().checklist(Var.DOCUMENTS_CHECKED)));
    steps.task(Element.INTRODUCE_MOVE_IN_SERVICES)
        .reads(values -> {
          if (values.checklist(Var.SERVICES_INTRODUCED, OwnerMoveInProcess.SERVICES).isEmpty()) {
            values.rules().present(Var.SERVICES_INTRODUCED, null);
          }
          return values.optionalText(Var.INTRODUCTION_NOTE, ServiceFields.SHORT_NOTE_MAX);
        })
        .onComplete(step -> moveIns.introduceServices(step.businessKey()));
    steps.task(Element.FILL_MOVE_IN_NOTICE)
        .reads(values -> {
          values.requiredDate(Var.SERVICE_START_DATE);
          return values.optionalText(Var.NOTICE_NOTE, ServiceFields.SHORT_NOTE_MAX);
        })
        .onComplete(step -> moveIns.fillNotice(step.businessKey(), step.values().date(Var.SERVICE_START_DATE)));
    steps.task(Element.CONFIRM_MOVE_IN_ENGINEERING)
        .note(Var.ENGINEERING_CONFIRMATION, ServiceFields.SHORT_NOTE_MAX)
        .onComplete(step -> moveIns.confirm(step.businessKey(), StaffGroup.ENGINEERING));
    steps.task(Element.CONFIRM_MOVE_IN_SECURITY)
        .note(Var.SECURITY_CONFIRMATION, ServiceFields.SHORT_NOTE_MAX)
        .onComplete(step -> moveIns.confirm(step.businessKey(), StaffGroup.SECURITY));
  }
}
