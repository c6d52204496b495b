package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityPlanProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记质量计划: writes the plan record (DRAFT) and makes its number the business key. */
@Component
class RegisterQualityPlanDelegate implements JavaDelegate {

  private final QualityPlanService plans;

  RegisterQualityPlanDelegate(QualityPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    QualityPlan plan = plans.register(QualityPlanRequest.fromVariables(execution.getVariables()),
        execution.getProcessInstanceId(), (String) execution.getVariable(Var.DRAFTED_BY));
    execution.setProcessBusinessKey(plan.number());
    execution.setVariable(Var.PLAN_NUMBER, plan.number());
  }
}
