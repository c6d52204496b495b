package com.wuye.bpm.security;

import com.wuye.bpm.api.FormValues;
import static com.wuye.bpm.security.FightIncidentProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记事件: opens the fight's record and makes its number the business key. */
@Component
class RecordIncidentDelegate implements JavaDelegate {

  private final FightIncidentService incidents;

  RecordIncidentDelegate(FightIncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FightReport report = FightReport.from(execution);
    FightIncident incident = incidents.register(report, execution.getProcessInstanceId(),
        FormValues.of(execution).text(Var.REPORTED_BY));
    report.writeDecisionInputs(execution);
    execution.setProcessBusinessKey(incident.number());
    execution.setVariable(Var.INCIDENT_NUMBER, incident.number());
  }
}
