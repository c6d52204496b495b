package com.wuye.bpm.renovation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 通知补充资料: tells the owner which documents the check found missing. */
@Component
class RequestMissingDocumentsDelegate implements JavaDelegate {

  private final RenovationService renovations;

  RequestMissingDocumentsDelegate(RenovationService renovations) {
    this.renovations = renovations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    renovations.requestMissingDocuments(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
  }
}
