package com.wuye.bpm.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task assign-area-responsibility: a draft notice per area with problems, as the decision assigns it. */
@Component("assignAreaResponsibilityDelegate")
class AssignAreaResponsibilityDelegate implements JavaDelegate {

  private final SafetySupervisionService supervisions;

  AssignAreaResponsibilityDelegate(SafetySupervisionService supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    supervisions.assignResponsibility(execution.getProcessBusinessKey());
  }
}
