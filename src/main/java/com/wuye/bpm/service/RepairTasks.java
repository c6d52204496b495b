package com.wuye.bpm.service;

import static com.wuye.bpm.service.RepairRequestProcess.Element;
import static com.wuye.bpm.service.RepairRequestProcess.Var;

import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import org.springframework.stereotype.Component;

/** What the user tasks of repair-request read, check and write. */
@Component
class RepairTasks implements FlowTasks {

  static final int NOTE_MAX = 2000;
  static final int MATERIALS_MAX = 1000;
  static final int LEDGER_NOTE_MAX = 500;

  private final RepairService repairs;

  RepairTasks(RepairService repairs) {
    this.repairs = repairs;
  }

  @Override
  public String processKey() {
    return RepairRequestProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.REPAIR_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.SURVEY_REPAIR)
        .reads(values -> "调查：" + values.requiredText(Var.SURVEY_FINDINGS, NOTE_MAX) + "；维修计划："
            + values.requiredText(Var.REPAIR_PLAN, NOTE_MAX))
        .onComplete(step -> repairs.recordSurvey(step.businessKey(), step.values().text(Var.SURVEY_FINDINGS),
            step.values().text(Var.REPAIR_PLAN)));
    steps.task(Element.ESCALATE_OVERDUE_REPAIR)
        .note(Var.SUPERVISOR_ACTION, NOTE_MAX)
        .onCreate(step -> repairs.escalate(step.businessKey()));
    steps.task(Element.CARRY_OUT_REPAIR)
        .reads(values -> {
          values.optionalText(Var.MATERIALS_USED, MATERIALS_MAX);
          values.decimal(Var.CHARGE_AMOUNT, 2);
          values.optionalText(Var.RECEIPT_NUMBER, RepairService.RECEIPT_MAX);
          return values.requiredText(Var.REPAIR_WORK, NOTE_MAX);
        })
        .onComplete(step -> repairs.recordRepair(step.businessKey(), step.values().text(Var.REPAIR_WORK),
            step.values().text(Var.MATERIALS_USED), step.values().decimal(Var.CHARGE_AMOUNT, 2),
            step.values().text(Var.RECEIPT_NUMBER), step.actor()));
    steps.task(Element.FILE_REPAIR_RECORD)
        .optionalNote(Var.LEDGER_NOTE, LEDGER_NOTE_MAX)
        .onComplete(step -> repairs.file(step.businessKey(), step.actor(), step.values().text(Var.LEDGER_NOTE)));
    steps.task(Element.CALLBACK_REPAIR)
        .reads(values -> {
          String result = values.choice(Var.CALLBACK_RESULT, RepairRequestProcess.CALLBACK_RESULTS);
          String note = values.requiredText(Var.CALLBACK_NOTE, NOTE_MAX);
          return (RepairRequestProcess.SATISFIED.equals(result) ? "满意：" : "不满意：") + note;
        })
        .onComplete(step -> repairs.recordCallback(step.businessKey(),
            RepairRequestProcess.SATISFIED.equals(step.values().text(Var.CALLBACK_RESULT))));
    steps.task(Element.REVIEW_REPAIR_CALLBACK).note(Var.ENGINEERING_OPINION, NOTE_MAX);
  }
}
