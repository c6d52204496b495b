package com.wuye.bpm.housekeeping;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录检查结果: closes the day's check once the self-check and the pre-shift check are recorded. */
@Component
class RecordDailyCleaningCheckDelegate implements JavaDelegate {

  private final CleaningService cleaning;

  RecordDailyCleaningCheckDelegate(CleaningService cleaning) {
    this.cleaning = cleaning;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cleaning.closed(execution.getProcessBusinessKey());
  }
}
