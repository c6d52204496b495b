package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityPlanProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 归档质量计划: the summary report is filed; the plan is FILED with its location and time. */
@Component
class FileQualityPlanDelegate implements JavaDelegate {

  private final QualityPlanService plans;

  FileQualityPlanDelegate(QualityPlanService plans) {
    this.plans = plans;
  }

  @Override
  public void execute(DelegateExecution execution) {
    plans.file((String) execution.getVariable(Var.PLAN_NUMBER),
        FormValues.text(execution.getVariables(), Var.FILING_LOCATION));
  }
}
