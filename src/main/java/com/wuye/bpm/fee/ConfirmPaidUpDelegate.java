package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.HouseholdArrearsProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 核实已缴清: the household owes nothing (otherwise the HouseholdPaidUp is refused and nothing changes); sets
 * whether services are suspended, which decides between restoring them and closing the case.
 */
@Component
class ConfirmPaidUpDelegate implements JavaDelegate {

  private final ArrearsCaseService arrears;

  ConfirmPaidUpDelegate(ArrearsCaseService arrears) {
    this.arrears = arrears;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(Var.SERVICES_SUSPENDED, arrears.confirmPaidUp(execution.getProcessBusinessKey()));
  }
}
