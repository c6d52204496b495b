package com.wuye.bpm.security;

import static com.wuye.bpm.security.FireSafetyInspectionProcess.Var;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** 列出待整改隐患: the hazards of the signed checklist, for the gateway and the rectifications, from the record. */
@Component
class ListFireHazardsDelegate implements JavaDelegate {

  private final FireInspectionService inspections;

  ListFireHazardsDelegate(FireInspectionService inspections) {
    this.inspections = inspections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> hazards = inspections.hazardTypes(execution.getProcessBusinessKey());
    execution.setVariable(Var.HAZARDS_FOUND, !hazards.isEmpty());
    execution.setVariable(Var.HAZARD_TYPES, Variables.objectValue(hazards)
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
  }
}
