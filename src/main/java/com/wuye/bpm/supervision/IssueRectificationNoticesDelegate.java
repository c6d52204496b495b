package com.wuye.bpm.supervision;

import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task issue-rectification-notices of rectification-follow-up: the report's drafts become notices. */
@Component("issueRectificationNoticesDelegate")
class IssueRectificationNoticesDelegate implements JavaDelegate {

  private final RectificationNotices notices;

  IssueRectificationNoticesDelegate(RectificationNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RectificationNotices.FollowUp followUp = notices.issueDrafts(execution.getProcessBusinessKey());
    execution.setVariable(RectificationFollowUpProcess.Var.NOTICES_ISSUED, followUp.anyOpen());
    execution.setVariable(RectificationFollowUpProcess.Var.OPEN_NOTICES, new ArrayList<>(followUp.openNotices()));
    execution.setVariable(RectificationFollowUpProcess.Var.DUE_AT, Date.from(followUp.dueAt().toInstant()));
  }
}
