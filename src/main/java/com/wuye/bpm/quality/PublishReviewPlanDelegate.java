package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityReviewProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 发布评审计划: tells the reviewed department. */
@Component
class PublishReviewPlanDelegate implements JavaDelegate {

  private final QualityReviewService reviews;

  PublishReviewPlanDelegate(QualityReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.publishPlan((String) execution.getVariable(Var.REVIEW_NUMBER));
  }
}
