package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.ConstructionPassProcess.ContractorCheck;
import static com.wuye.bpm.renovation.ConstructionPassProcess.Element;
import static com.wuye.bpm.renovation.ConstructionPassProcess.Var;

import com.wuye.bpm.api.FieldRules;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener on the user tasks of construction-pass that record what a person found: checks the input again
 * (Tasklist validates in the browser only; an error keeps the task open) and records it with the request.
 */
@Component
class ConstructionPassStepRecorder implements TaskListener {

  private final ConstructionPassService passes;

  ConstructionPassStepRecorder(ConstructionPassService passes) {
    this.passes = passes;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = task.getExecution().getProcessBusinessKey();
    String instance = task.getProcessInstanceId();
    FieldRules rules = new FieldRules();
    switch (task.getTaskDefinitionKey()) {
      case Element.CHECK_CONTRACTOR_DOCUMENTS -> {
        Object check = task.getVariable(Var.CONTRACTOR_CHECK);
        String note = (String) task.getVariable(Var.DOCUMENTS_NOTE);
        rules.present(Var.CONTRACTOR_CHECK, check).oneOf(Var.CONTRACTOR_CHECK, String.valueOf(check),
            ContractorCheck.ALL);
        if (!ContractorCheck.QUALIFIED.equals(check)) {
          rules.text(Var.DOCUMENTS_NOTE, note, 1000);
        }
        rules.check();
        passes.recordDocumentCheck(number, instance, ContractorCheck.QUALIFIED.equals(check), note);
      }
      case Element.HAND_OUT_PASSES -> {
        String handedOverTo = (String) task.getVariable(Var.HANDED_OVER_TO);
        rules.text(Var.HANDED_OVER_TO, handedOverTo, 50).check();
        passes.handOver(number, instance, handedOverTo.trim());
      }
      default -> { }
    }
  }
}
