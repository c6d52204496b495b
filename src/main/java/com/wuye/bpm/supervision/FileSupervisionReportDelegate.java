package com.wuye.bpm.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task file-supervision-report: the report is filed and counts in the monthly brief. */
@Component("fileSupervisionReportDelegate")
class FileSupervisionReportDelegate implements JavaDelegate {

  private final SafetySupervisionService supervisions;

  FileSupervisionReportDelegate(SafetySupervisionService supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    supervisions.file(execution.getProcessBusinessKey());
  }
}
