package com.wuye.bpm.housekeeping;

import static com.wuye.bpm.housekeeping.CleaningManagementProcess.Var;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 开启当日检查: opens the day's check record, makes its number the business key; due by the end of the day. */
@Component
class OpenDailyCleaningCheckDelegate implements JavaDelegate {

  private final CleaningService cleaning;
  private final ZoneId zone;

  OpenDailyCleaningCheckDelegate(CleaningService cleaning, Clock clock) {
    this.cleaning = cleaning;
    this.zone = clock.getZone();
  }

  @Override
  public void execute(DelegateExecution execution) {
    DailyCleaningCheck check = cleaning.openDailyCheck(execution.getProcessInstanceId());
    execution.setProcessBusinessKey(check.number());
    execution.setVariable(Var.CHECK_NUMBER, check.number());
    execution.setVariable(Var.CHECK_DATE_TEXT, check.checkDate().toString());
    execution.setVariable(Var.CHECK_DUE, Date.from(check.checkDate().plusDays(1).atStartOfDay(zone).toInstant()));
  }
}
