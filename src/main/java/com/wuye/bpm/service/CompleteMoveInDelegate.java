package com.wuye.bpm.service;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 迁入完成: every department confirmed (as the record says); the owner is told from when they are served. */
@Component
class CompleteMoveInDelegate implements JavaDelegate {

  private final MoveInService moveIns;

  CompleteMoveInDelegate(MoveInService moveIns) {
    this.moveIns = moveIns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    moveIns.complete(execution.getProcessBusinessKey());
  }
}
