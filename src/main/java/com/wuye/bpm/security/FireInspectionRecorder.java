package com.wuye.bpm.security;

import com.wuye.bpm.engine.TaskActor;
import static com.wuye.bpm.security.FireSafetyInspectionProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Task listener on inspect-fire-safety: checks the checklist (Tasklist validates in the browser only), keeps it
 * signed by the guard who completed it, and hands the hazards found to the process.
 */
@Component
class FireInspectionRecorder implements TaskListener {

  private final FireInspectionService inspections;
  private final SecurityJournal journal;

  FireInspectionRecorder(FireInspectionService inspections, SecurityJournal journal) {
    this.inspections = inspections;
    this.journal = journal;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = (String) task.getVariable(Var.INSPECTION_NUMBER);
    FireChecklist checklist = FireChecklist.from(task);
    checklist.check().check();
    journal.record(FireSafetyInspectionProcess.KEY, number, task,
        checklist.problems().isEmpty() ? "五项检查均无问题" : "发现隐患：" + checklist.hazardTypes());
    inspections.recordChecklist(number, checklist, TaskActor.of(task));
    task.setVariable(Var.HAZARDS_FOUND, !checklist.problems().isEmpty());
    task.setVariable(Var.HAZARD_TYPES, Variables.objectValue(checklist.hazardTypes())
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
  }
}
