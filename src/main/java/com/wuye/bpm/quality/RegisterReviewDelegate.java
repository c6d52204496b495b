package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityReviewProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记评审: writes the review record (待评阅) and makes its number the business key. */
@Component
class RegisterReviewDelegate implements JavaDelegate {

  private final QualityReviewService reviews;

  RegisterReviewDelegate(QualityReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    QualityReview review = reviews.register(ReviewRequest.fromVariables(execution.getVariables()),
        execution.getProcessInstanceId(), (String) execution.getVariable(Var.REQUESTED_BY));
    execution.setProcessBusinessKey(review.number());
    execution.setVariable(Var.REVIEW_NUMBER, review.number());
    execution.setVariable(Var.CRITICAL, review.critical());
    execution.setVariable(Var.REVIEW_ROUND, review.reviewRound());
    execution.setVariable(Var.REVIEW_TYPE, review.reviewType());
  }
}
