package com.wuye.bpm.security;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 报告公司领导: sends the supervisor's report on a fight that mediation did not end to the general manager. */
@Component
class ReportFightToLeadersDelegate implements JavaDelegate {

  private final FightIncidentService incidents;

  ReportFightToLeadersDelegate(FightIncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.reportToLeaders(execution.getProcessBusinessKey());
  }
}
