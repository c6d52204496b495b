package com.wuye.bpm.service;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 入住完成: the record closed as moved in, and the occupancy notice to the owner. */
@Component
class CompleteOccupancyDelegate implements JavaDelegate {

  private final OccupancyService occupancies;

  CompleteOccupancyDelegate(OccupancyService occupancies) {
    this.occupancies = occupancies;
  }

  @Override
  public void execute(DelegateExecution execution) {
    occupancies.complete(execution.getProcessBusinessKey());
  }
}
