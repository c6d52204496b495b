package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityReviewProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 文档受控: the materials are archived and the documents controlled. */
@Component
class ArchiveReviewDelegate implements JavaDelegate {

  private final QualityReviewService reviews;

  ArchiveReviewDelegate(QualityReviewService reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reviews.archive((String) execution.getVariable(Var.REVIEW_NUMBER),
        (String) execution.getVariable(Var.ARCHIVE_LOCATION));
  }
}
