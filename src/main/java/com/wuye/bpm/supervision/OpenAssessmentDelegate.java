package com.wuye.bpm.supervision;

import com.wuye.bpm.supervision.PerformanceAssessmentProcess.Var;
import java.util.ArrayList;
import java.util.Date;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task open-assessment: the round's record at the level its start gave ({@code assessmentLevel}), whose number
 * becomes the business key; the team's group; the projects to score.
 */
@Component("openAssessmentDelegate")
class OpenAssessmentDelegate implements JavaDelegate {

  private final PerformanceAssessmentService assessments;
  private final SupervisionStarter starter;

  OpenAssessmentDelegate(PerformanceAssessmentService assessments, SupervisionStarter starter) {
    this.assessments = assessments;
    this.starter = starter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupervisionLevel level = starter.level(execution, Var.ASSESSMENT_LEVEL,
        SupervisionStarter.of(SupervisionLevel.COMPANY, SupervisionLevel.BRANCH));
    PerformanceAssessment assessment = assessments.open(execution.getProcessInstanceId(), level);
    var projects = assessments.projects(assessment.number());
    execution.setProcessBusinessKey(assessment.number());
    execution.setVariable(Var.ASSESSMENT_NUMBER, assessment.number());
    execution.setVariable(Var.ASSESSMENT_LEVEL_NAME, level.label());
    execution.setVariable(Var.ASSESSMENT_PERIOD, assessment.period());
    execution.setVariable(Var.ASSESSMENT_TEAM, assessment.teamGroup());
    execution.setVariable(Var.SUMMARY_DUE_AT, Date.from(assessments.summaryDueAt(assessment).toInstant()));
    execution.setVariable(Var.PROJECT_CODES,
        new ArrayList<>(projects.stream().map(PerformanceAssessment.ProjectScore::estateCode).toList()));
    execution.setVariable(Var.PROJECT_NAMES, projects.stream()
        .map(p -> p.projectName() + "（" + p.branchName() + "）").collect(Collectors.joining("\n")));
  }
}
