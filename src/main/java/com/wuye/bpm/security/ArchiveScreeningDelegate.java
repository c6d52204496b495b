package com.wuye.bpm.security;

import static com.wuye.bpm.security.SuspiciousPersonScreeningProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录档案: closes the screening's archive record with its outcome. */
@Component
class ArchiveScreeningDelegate implements JavaDelegate {

  private final ScreeningService screenings;

  ArchiveScreeningDelegate(ScreeningService screenings) {
    this.screenings = screenings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    screenings.archive((String) execution.getVariable(Var.SCREENING_NUMBER));
  }
}
