package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityManualProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记手册编写: writes the manual record and makes its number the business key. */
@Component
class RegisterQualityManualDelegate implements JavaDelegate {

  private final QualityManualService manuals;

  RegisterQualityManualDelegate(QualityManualService manuals) {
    this.manuals = manuals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var variables = execution.getVariables();
    QualityManual manual = manuals.register(FormValues.text(variables, Var.MANUAL_TITLE),
        FormValues.text(variables, Var.MANUAL_VERSION), FormValues.text(variables, Var.CONSULTANT),
        execution.getProcessInstanceId(), (String) execution.getVariable(Var.STARTED_BY));
    execution.setProcessBusinessKey(manual.number());
    execution.setVariable(Var.MANUAL_NUMBER, manual.number());
  }
}
