package com.wuye.bpm.service;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 记录统计: the reviewed callback is completed and counts in the statistics. */
@Component
class CompleteCallbackDelegate implements JavaDelegate {

  private final OwnerCallbackService callbacks;

  CompleteCallbackDelegate(OwnerCallbackService callbacks) {
    this.callbacks = callbacks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    callbacks.complete(execution.getProcessBusinessKey());
  }
}
