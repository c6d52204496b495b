package com.wuye.bpm.engineering;

import static com.wuye.bpm.engineering.HouseMaintenanceProcess.Value;
import static com.wuye.bpm.engineering.HouseMaintenanceProcess.Var;

import com.wuye.bpm.api.FormValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记修缮计划: checks the plan, registers it and makes its number the business key. */
@Component
class RegisterHouseRepairDelegate implements JavaDelegate {

  private final HouseRepairService repairs;

  RegisterHouseRepairDelegate(HouseRepairService repairs) {
    this.repairs = repairs;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValues values = FormValues.of(execution);
    HouseRepairPlan plan = new HouseRepairPlan(values.requiredText(Var.BUILDING, 100),
        values.choice(Var.REPAIR_SCOPE, Value.SCOPES), values.requiredText(Var.PLAN_DESCRIPTION, 2000),
        values.requiredDate(Var.PLANNED_START));
    values.check();
    HouseRepair repair = repairs.register(plan, execution.getProcessInstanceId(), values.text(Var.PLANNED_BY));
    execution.setProcessBusinessKey(repair.number());
    execution.setVariable(Var.REPAIR_NUMBER, repair.number());
  }
}
