package com.wuye.bpm.security;

import com.wuye.bpm.api.FormValues;
import static com.wuye.bpm.security.FightIncidentProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 派保安并通知主管: keeps the decision's verdict and tells the guards and the supervisor. */
@Component
class DispatchGuardsDelegate implements JavaDelegate {

  private final FightIncidentService incidents;

  DispatchGuardsDelegate(FightIncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    incidents.dispatchGuards((String) execution.getVariable(Var.INCIDENT_NUMBER),
        FormValues.of(execution).ticked(Var.SERIOUS), FormValues.of(execution).text(Var.SERIOUSNESS_REASON));
  }
}
