package com.wuye.bpm.security;

import static com.wuye.bpm.security.FightIncidentProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 存档: closes the fight's record after the supervisor's case report. */
@Component
class ArchiveIncidentDelegate implements JavaDelegate {

  private final FightIncidentService incidents;

  ArchiveIncidentDelegate(FightIncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.archive((String) execution.getVariable(Var.INCIDENT_NUMBER));
  }
}
