package com.wuye.bpm.security;

import static com.wuye.bpm.security.SuspiciousPersonScreeningProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 通知领导: tells the security supervisor that a person needs questioning. */
@Component
class NotifySupervisorOfScreeningDelegate implements JavaDelegate {

  private final ScreeningService screenings;

  NotifySupervisorOfScreeningDelegate(ScreeningService screenings) {
    this.screenings = screenings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    screenings.notifySupervisor((String) execution.getVariable(Var.SCREENING_NUMBER));
  }
}
