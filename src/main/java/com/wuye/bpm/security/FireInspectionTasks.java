package com.wuye.bpm.security;

import static com.wuye.bpm.security.FireSafetyInspectionProcess.Element;
import static com.wuye.bpm.security.FireSafetyInspectionProcess.Var;

import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import org.springframework.stereotype.Component;

/**
 * What the guard writes in fire-safety-inspection (《物业品质管理手册》§5.5.5 节点2、4): the signed 防火安全检查表, kept
 * with the inspection found by the business key; the hazards are listed for the gateway by list-hazards.
 */
@Component
class FireInspectionTasks implements FlowTasks {

  private final FireInspectionService inspections;

  FireInspectionTasks(FireInspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public String processKey() {
    return FireSafetyInspectionProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.INSPECTION_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.INSPECT_FIRE_SAFETY)
        .reads(values -> {
          FireChecklist checklist = FireChecklist.from(values);
          checklist.check(values.rules());
          return checklist.problems().isEmpty() ? "五项检查均无问题" : "发现隐患：" + checklist.hazardTypes();
        })
        .onComplete(step -> inspections.recordChecklist(step.businessKey(), FireChecklist.from(step.values()),
            step.actor()));
  }
}
