package com.wuye.bpm.security;

import com.wuye.bpm.api.FormValues;
import static com.wuye.bpm.security.SuspiciousPersonScreeningProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记盘查: opens the archive record and makes its number the business key. */
@Component
class RecordScreeningDelegate implements JavaDelegate {

  private final ScreeningService screenings;

  RecordScreeningDelegate(ScreeningService screenings) {
    this.screenings = screenings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ScreeningObservation observation = ScreeningObservation.from(execution);
    Screening screening = screenings.register(observation, execution.getProcessInstanceId(),
        FormValues.of(execution).text(Var.OBSERVED_BY));
    observation.writeSigns(execution);
    execution.setProcessBusinessKey(screening.number());
    execution.setVariable(Var.SCREENING_NUMBER, screening.number());
  }
}
