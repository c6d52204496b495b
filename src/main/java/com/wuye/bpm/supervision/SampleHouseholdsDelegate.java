package com.wuye.bpm.supervision;

import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task sample-households: draws the households to visit and lists them for the visit form. */
@Component("sampleHouseholdsDelegate")
class SampleHouseholdsDelegate implements JavaDelegate {

  private final QualityInspectionService inspections;

  SampleHouseholdsDelegate(QualityInspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String list = inspections.sample(execution.getProcessBusinessKey()).stream()
        .map(h -> h.drawNo() + ". " + h.unitCode() + " " + h.ownerName())
        .collect(Collectors.joining("\n"));
    execution.setVariable(QualityInspectionProcess.Var.SAMPLED_HOUSEHOLDS, list);
  }
}
