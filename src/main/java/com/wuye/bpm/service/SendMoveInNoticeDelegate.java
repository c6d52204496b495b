package com.wuye.bpm.service;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 送达迁入通知: the 业主迁入通知 to engineering and security (notice outbox). */
@Component
class SendMoveInNoticeDelegate implements JavaDelegate {

  private final MoveInService moveIns;

  SendMoveInNoticeDelegate(MoveInService moveIns) {
    this.moveIns = moveIns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    moveIns.sendNotice(execution.getProcessBusinessKey());
  }
}
