package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerOccupancyProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 暂缓入住: the documents were incomplete (as the record says); the reason is what customer service noted. */
@Component
class PostponeOccupancyDelegate implements JavaDelegate {

  private final OccupancyService occupancies;

  PostponeOccupancyDelegate(OccupancyService occupancies) {
    this.occupancies = occupancies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    occupancies.postpone(execution.getProcessBusinessKey(), (String) execution.getVariable(Var.DOCUMENTS_NOTE));
  }
}
