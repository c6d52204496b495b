package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.ConstructionPassProcess.Element;
import static com.wuye.bpm.renovation.ConstructionPassProcess.Var;

import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import com.wuye.bpm.renovation.ConstructionPassProcess.ContractorCheck;
import org.springframework.stereotype.Component;

/**
 * What the user tasks of construction-pass read and write to the request: the document check and who took the
 * passes; the workers are checked by the issuing step, the collection by the recording step. Each action names the
 * request by the instance's business key and is refused when the request is not where the task expects it.
 */
@Component
class ConstructionPassTasks implements FlowTasks {

  static final int NOTE_MAX = 1000;

  private final ConstructionPassService passes;

  ConstructionPassTasks(ConstructionPassService passes) {
    this.passes = passes;
  }

  @Override
  public String processKey() {
    return ConstructionPassProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.REQUEST_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.CHECK_CONTRACTOR_DOCUMENTS)
        .reads(values -> ContractorCheck.REFUSED.equals(values.choice(Var.CONTRACTOR_CHECK, ContractorCheck.ALL))
            ? "不予办理：" + values.requiredText(Var.DOCUMENTS_NOTE, NOTE_MAX)
            : values.optionalText(Var.DOCUMENTS_NOTE, NOTE_MAX))
        .onComplete(step -> passes.recordDocumentCheck(step.businessKey(), step.task().getProcessInstanceId(),
            ContractorCheck.QUALIFIED.equals(step.values().text(Var.CONTRACTOR_CHECK)),
            step.values().text(Var.DOCUMENTS_NOTE)));
    steps.task(Element.HAND_OUT_PASSES).note(Var.HANDED_OVER_TO, 50)
        .onComplete(step -> passes.handOver(step.businessKey(), step.task().getProcessInstanceId(),
            step.values().text(Var.HANDED_OVER_TO)));
    steps.task(Element.COLLECT_PASSES)
        .reads(values -> {
          values.optionalText(Var.MISSING_PASS_NUMBERS, NOTE_MAX);
          return values.optionalText(Var.COLLECTION_NOTE, NOTE_MAX);
        });
  }
}
