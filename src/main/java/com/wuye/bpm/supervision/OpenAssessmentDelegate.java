package com.wuye.bpm.supervision;

import com.wuye.bpm.supervision.PerformanceAssessmentProcess.Var;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service tasks open-branch-assessment and open-company-assessment (their input {@code assessmentLevel} says which):
 * the round's record, whose number becomes the business key; the team's group; the projects to score.
 */
@Component("openAssessmentDelegate")
class OpenAssessmentDelegate implements JavaDelegate {

  private final PerformanceAssessmentService assessments;

  OpenAssessmentDelegate(PerformanceAssessmentService assessments) {
    this.assessments = assessments;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupervisionLevel level = SupervisionLevel.of((String) execution.getVariableLocal(Var.ASSESSMENT_LEVEL));
    PerformanceAssessment assessment = assessments.open(execution.getProcessInstanceId(), level);
    var projects = assessments.projects(assessment.number());
    execution.setProcessBusinessKey(assessment.number());
    execution.getProcessInstance().setVariable(Var.ASSESSMENT_NUMBER, assessment.number());
    execution.getProcessInstance().setVariable(Var.ASSESSMENT_LEVEL_NAME, level.label());
    execution.getProcessInstance().setVariable(Var.ASSESSMENT_PERIOD, assessment.period());
    execution.getProcessInstance().setVariable(Var.ASSESSMENT_TEAM, assessment.teamGroup());
    execution.getProcessInstance().setVariable(Var.PROJECT_CODES,
        new ArrayList<>(projects.stream().map(PerformanceAssessment.ProjectScore::estateCode).toList()));
    execution.getProcessInstance().setVariable(Var.PROJECT_NAMES, projects.stream()
        .map(p -> p.projectName() + "（" + p.branchName() + "）").collect(Collectors.joining("\n")));
  }
}
