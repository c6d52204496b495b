package com.wuye.bpm.supervision;

import com.wuye.bpm.supervision.SafetySupervisionProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service tasks open-daily-, open-monthly- and open-quarterly-supervision (their input {@code supervisionLevel} says
 * which): the supervision's record, whose number becomes the business key, and the team's group.
 */
@Component("openSafetySupervisionDelegate")
class OpenSafetySupervisionDelegate implements JavaDelegate {

  private final SafetySupervisionService supervisions;

  OpenSafetySupervisionDelegate(SafetySupervisionService supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupervisionLevel level = SupervisionLevel.of((String) execution.getVariableLocal(Var.SUPERVISION_LEVEL));
    SafetySupervision supervision = supervisions.open(execution.getProcessInstanceId(), level);
    execution.setProcessBusinessKey(supervision.number());
    execution.getProcessInstance().setVariable(Var.SUPERVISION_NUMBER, supervision.number());
    execution.getProcessInstance().setVariable(Var.SUPERVISION_LEVEL_NAME, level.label());
    execution.getProcessInstance().setVariable(Var.SUPERVISION_TEAM, supervision.teamGroup());
  }
}
