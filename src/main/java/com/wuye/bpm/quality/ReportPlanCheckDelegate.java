package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityPlanProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 报告总经理: the implementation check just recorded goes to the general manager. */
@Component
class ReportPlanCheckDelegate implements JavaDelegate {

  private final QualityPlanService plans;

  ReportPlanCheckDelegate(QualityPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.reportCheck((String) execution.getVariable(Var.PLAN_NUMBER), (Integer) execution.getVariable(Var.CHECK_NO));
  }
}
