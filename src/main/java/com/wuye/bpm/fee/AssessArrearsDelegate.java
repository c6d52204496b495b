package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.FeeDunningProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 统计欠费情况: the facts the decision suspension-eligibility and the general manager's form need. */
@Component
class AssessArrearsDelegate implements JavaDelegate {

  private final FeeBillService bills;

  AssessArrearsDelegate(FeeBillService bills) {
    this.bills = bills;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ArrearsAssessment arrears = bills.assess((String) execution.getVariable(Var.BILL_NUMBER));
    execution.setVariable(Var.UNIT_CODE, arrears.unitCode());
    execution.setVariable(Var.OWNER_NAME, arrears.ownerName());
    execution.setVariable(Var.PHONE, arrears.phone());
    execution.setVariable(Var.MONTHS_IN_ARREARS, arrears.monthsInArrears());
    execution.setVariable(Var.AMOUNT_OWED, arrears.amountOwed().doubleValue());
    execution.setVariable(Var.MEDICAL_EQUIPMENT, arrears.medicalEquipment());
    execution.setVariable(Var.ARREARS_HISTORY, arrears.history());
  }
}
