package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityReviewProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 启动回归评审: next review round, documents 待评审 again. */
@Component
class StartRegressionReviewDelegate implements JavaDelegate {

  private final QualityReviewService reviews;

  StartRegressionReviewDelegate(QualityReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int round = reviews.startRegression((String) execution.getVariable(Var.REVIEW_NUMBER),
        ((Number) execution.getVariable(Var.REVIEW_ROUND)).intValue());
    execution.setVariable(Var.REVIEW_ROUND, round);
    execution.setVariable(Var.REVIEW_TYPE, QualityReviewProcess.REGRESSION);
  }
}
