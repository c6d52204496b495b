package com.wuye.bpm.security;

import static com.wuye.bpm.security.FireSafetyInspectionProcess.Element;
import static com.wuye.bpm.security.FireSafetyInspectionProcess.Var;

import com.wuye.bpm.api.FieldRules;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener on the user tasks of fire-hazard-rectification: the guard's re-check and the supervisor's
 * escalation of an overdue hazard, checked and kept with the inspection.
 */
@Component
class FireHazardRecorder implements TaskListener {

  private final FireInspectionService inspections;
  private final SecurityJournal journal;

  FireHazardRecorder(FireInspectionService inspections, SecurityJournal journal) {
    this.inspections = inspections;
    this.journal = journal;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = (String) task.getVariable(Var.INSPECTION_NUMBER);
    String hazardType = (String) task.getVariable(Var.HAZARD_TYPE);
    String step = task.getTaskDefinitionKey();
    String reference = number + "/" + hazardType;
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      inspections.escalated(number, hazardType);
      journal.add(FireSafetyInspectionProcess.HAZARD_KEY, reference, Element.RECTIFICATION_OVERDUE,
          "整改逾期：" + task.getVariable(Var.HAZARD_NAME), task.getId(), null, "已转安全管理主管督办");
      return;
    }
    FieldRules rules = new FieldRules();
    if (Element.RECHECK_HAZARD.equals(step)) {
      String note = FormInput.text(task, Var.RECHECK_NOTE);
      rules.text(Var.RECHECK_NOTE, note, 500).present(Var.RECTIFIED, FormInput.flag(task, Var.RECTIFIED)).check();
      inspections.recheck(number, hazardType, note);
      journal.record(FireSafetyInspectionProcess.HAZARD_KEY, reference, task,
          (FormInput.ticked(task, Var.RECTIFIED) ? "已整改：" : "未整改：") + note);
    } else {
      String action = FormInput.text(task, Var.SUPERVISOR_ACTION);
      rules.text(Var.SUPERVISOR_ACTION, action, 500).check();
      journal.record(FireSafetyInspectionProcess.HAZARD_KEY, reference, task, action);
    }
  }
}
