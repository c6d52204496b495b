package com.wuye.bpm.security;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 通知安全管理主管留意: a highly suspicious person; the guard goes on inspecting the items. */
@Component
class AlertSupervisorOfScreeningDelegate implements JavaDelegate {

  private final ScreeningService screenings;

  AlertSupervisorOfScreeningDelegate(ScreeningService screenings) {
    this.screenings = screenings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    screenings.alertSupervisor(execution.getProcessBusinessKey());
  }
}
