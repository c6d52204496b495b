package com.wuye.bpm.engineering;

import static com.wuye.bpm.engineering.EquipmentPatrolProcess.Var;

import com.wuye.bpm.api.FormValues;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 开具维修工单: the patrol's anomaly becomes a work order, urgency and time limit from equipment-repair-need. */
@Component
class OpenWorkOrderDelegate implements JavaDelegate {

  private final EquipmentPatrolService patrols;

  OpenWorkOrderDelegate(EquipmentPatrolService patrols) {
    this.patrols = patrols;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValues decision = FormValues.of(execution);
    String priority = decision.requiredText(Var.REPAIR_PRIORITY, 10);
    Integer hours = decision.requiredInteger(Var.REPAIR_HOURS);
    decision.check();
    WorkOrder order = patrols.openWorkOrder(execution.getProcessBusinessKey(), priority, hours);
    execution.setVariable(Var.WORK_ORDER_NUMBER, order.number());
    execution.setVariable(Var.REPAIR_DUE, Date.from(order.dueAt().toInstant()));
    execution.setVariable(Var.FINDINGS, order.findings());
  }
}
