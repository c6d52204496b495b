package com.wuye.bpm.supervision;

import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task review-rectification of rectification-follow-up: notices still open get a second notice and a
 * circular, and the next follow-up date.
 */
@Component("reviewRectificationDelegate")
class ReviewRectificationDelegate implements JavaDelegate {

  private final RectificationNotices notices;

  ReviewRectificationDelegate(RectificationNotices notices) {
    this.notices = notices;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RectificationNotices.FollowUp followUp = notices.review(execution.getProcessBusinessKey());
    execution.setVariable(RectificationFollowUpProcess.Var.ALL_RECTIFIED, !followUp.anyOpen());
    execution.setVariable(RectificationFollowUpProcess.Var.OPEN_NOTICES, new ArrayList<>(followUp.openNotices()));
    execution.setVariable(RectificationFollowUpProcess.Var.DUE_AT, Date.from(followUp.dueAt().toInstant()));
  }
}
