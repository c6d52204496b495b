package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.HouseholdArrearsProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 统计住户欠费: every month the household owes, for the decision suspension-eligibility and the forms. */
@Component
class AssessHouseholdArrearsDelegate implements JavaDelegate {

  private final ArrearsCaseService arrears;

  AssessHouseholdArrearsDelegate(ArrearsCaseService arrears) {
    this.arrears = arrears;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ArrearsAssessment owed = arrears.assess(execution.getProcessBusinessKey());
    execution.setVariable(Var.UNIT_CODE, owed.unitCode());
    execution.setVariable(Var.OWNER_NAME, owed.ownerName());
    execution.setVariable(Var.PHONE, owed.phone());
    execution.setVariable(Var.MONTHS_IN_ARREARS, owed.monthsInArrears());
    execution.setVariable(Var.AMOUNT_OWED, owed.amountOwed().doubleValue());
    execution.setVariable(Var.MEDICAL_EQUIPMENT, owed.medicalEquipment());
    execution.setVariable(Var.OWED_MONTHS, owed.table());
  }
}
