package com.wuye.bpm.housekeeping;

import static com.wuye.bpm.housekeeping.CleaningManagementProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 下发制度: the approved version comes into force and supersedes the one before it. */
@Component
class PutCleaningRegulationsInForceDelegate implements JavaDelegate {

  private final CleaningService cleaning;

  PutCleaningRegulationsInForceDelegate(CleaningService cleaning) {
    this.cleaning = cleaning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Var.REGULATIONS_VERSION, cleaning.putInForce(execution.getProcessBusinessKey()).version());
  }
}
