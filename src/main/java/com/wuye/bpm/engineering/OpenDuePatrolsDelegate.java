package com.wuye.bpm.engineering;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 开启到期巡查: opens the due patrol of every equipment group that has none open. */
@Component
class OpenDuePatrolsDelegate implements JavaDelegate {

  static final String OPENED = "openedPatrols";

  private final PatrolRoster roster;

  OpenDuePatrolsDelegate(PatrolRoster roster) {
    this.roster = roster;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(OPENED, String.join(",", roster.openDuePatrols()));
  }
}
