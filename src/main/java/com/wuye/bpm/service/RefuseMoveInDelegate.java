package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerMoveInProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 不予迁入: the documents were incomplete (as the record says); the reason is what customer service noted. */
@Component
class RefuseMoveInDelegate implements JavaDelegate {

  private final MoveInService moveIns;

  RefuseMoveInDelegate(MoveInService moveIns) {
    this.moveIns = moveIns;
  }

  @Override
  public void execute(DelegateExecution execution) {
    moveIns.refuse(execution.getProcessBusinessKey(), (String) execution.getVariable(Var.DOCUMENTS_NOTE));
  }
}
