package com.wuye.bpm.housekeeping;

import static com.wuye.bpm.housekeeping.CleaningManagementProcess.Var;

import com.wuye.bpm.api.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记制度草案: checks the draft, registers it and makes its number the business key. */
@Component
class RegisterCleaningRegulationsDelegate implements JavaDelegate {

  private final CleaningService cleaning;

  RegisterCleaningRegulationsDelegate(CleaningService cleaning) {
    this.cleaning = cleaning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValues values = FormValues.of(execution);
    RegulationsDraft draft = new RegulationsDraft(values.requiredText(Var.REGULATIONS_TITLE, 100),
        values.requiredText(Var.REGULATIONS_CONTENT, 8000), values.optionalText(Var.REVISION_REASON, 2000));
    values.check();
    CleaningRegulations regulations = cleaning.register(draft, execution.getProcessInstanceId(),
        values.text(Var.DRAFTED_BY));
    execution.setProcessBusinessKey(regulations.number());
    execution.setVariable(Var.REGULATIONS_NUMBER, regulations.number());
    execution.setVariable(Var.REGULATIONS_VERSION, cleaning.nextVersion());
  }
}
