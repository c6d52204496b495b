package com.wuye.bpm.supervision;

import com.wuye.bpm.supervision.SafetySupervisionProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task open-safety-supervision: the supervision's record at the level its start gave
 * ({@code supervisionLevel}), whose number becomes the business key, and the team's group.
 */
@Component("openSafetySupervisionDelegate")
class OpenSafetySupervisionDelegate implements JavaDelegate {

  private final SafetySupervisionService supervisions;
  private final SupervisionStarter starter;

  OpenSafetySupervisionDelegate(SafetySupervisionService supervisions, SupervisionStarter starter) {
    this.supervisions = supervisions;
    this.starter = starter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupervisionLevel level = starter.level(execution, Var.SUPERVISION_LEVEL,
        SupervisionStarter.of(SupervisionLevel.DAILY, SupervisionLevel.MONTHLY, SupervisionLevel.QUARTERLY));
    SafetySupervision supervision = supervisions.open(execution.getProcessInstanceId(), level);
    execution.setProcessBusinessKey(supervision.number());
    execution.setVariable(Var.SUPERVISION_NUMBER, supervision.number());
    execution.setVariable(Var.SUPERVISION_LEVEL_NAME, level.label());
    execution.setVariable(Var.SUPERVISION_TEAM, supervision.teamGroup());
  }
}
