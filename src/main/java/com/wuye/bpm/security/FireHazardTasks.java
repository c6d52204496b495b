package com.wuye.bpm.security;

import static com.wuye.bpm.security.FireSafetyInspectionProcess.Element;
import static com.wuye.bpm.security.FireSafetyInspectionProcess.Var;

import com.wuye.bpm.casefile.CaseFile;
import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskStepContext;
import com.wuye.bpm.casefile.TaskSteps;
import org.springframework.stereotype.Component;

/**
 * What the guard and the supervisor write in fire-hazard-rectification (《物业品质管理手册》§5.5.5 节点3): the re-check
 * and the escalation of an overdue hazard. The steps go to the inspection's case (the business key is the
 * inspection's number), each note naming its hazard.
 */
@Component
class FireHazardTasks implements FlowTasks {

  private final FireInspectionService inspections;
  private final CaseFile caseFile;

  FireHazardTasks(FireInspectionService inspections, CaseFile caseFile) {
    this.inspections = inspections;
    this.caseFile = caseFile;
  }

  @Override
  public String processKey() {
    return FireSafetyInspectionProcess.HAZARD_KEY;
  }

  @Override
  public String recordVariable() {
    return Var.INSPECTION_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.RECHECK_HAZARD)
        .reads(values -> {
          Boolean rectified = values.requiredFlag(Var.RECTIFIED);
          String note = values.requiredText(Var.RECHECK_NOTE, 500);
          return hazardName(values.text(Var.HAZARD_NAME)) + (Boolean.TRUE.equals(rectified) ? "已整改：" : "未整改：")
              + note;
        })
        .onComplete(step -> inspections.recheck(step.businessKey(), hazardType(step), step.values().text(Var.RECHECK_NOTE)));
    steps.task(Element.ESCALATE_OVERDUE_HAZARD)
        .reads(values -> hazardName(values.text(Var.HAZARD_NAME)) + values.requiredText(Var.SUPERVISOR_ACTION, 500))
        .onCreate(this::escalated);
  }

  /** The deadline passed: the hazard notes the escalation, and the case file keeps it as a step. */
  private void escalated(TaskStepContext step) {
    inspections.escalated(step.businessKey(), hazardType(step));
    caseFile.record(step.businessKey(), step.processKey(), Element.RECTIFICATION_OVERDUE,
        "整改逾期：" + step.values().text(Var.HAZARD_NAME), step.task().getId(), null, "已转安全管理主管督办");
  }

  private static String hazardType(TaskStepContext step) {
    return step.values().text(Var.HAZARD_TYPE);
  }

  private static String hazardName(String name) {
    return name == null ? "" : "【" + name + "】";
  }
}
