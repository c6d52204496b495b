package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityPlanProcess.Var;

import com.wuye.bpm.api.FieldRules;
import java.util.HashMap;
import java.util.Map;

/** A quality plan as its department drafts it (《服务实现》7.1 §4.4, 4.5.2), from the Tasklist start form. */
public record QualityPlanRequest(String planName, String projectName, String department, String author,
    String planContent, String acceptanceCriteria) {

  static final int CONTENT_MAX = 4000;

  FieldRules check() {
    return new FieldRules()
        .text(Var.PLAN_NAME, planName, 100)
        .text(Var.PROJECT_NAME, projectName, 100)
        .text(Var.DEPARTMENT, department, 64)
        .oneOf(Var.DEPARTMENT, department, ReviewRequest.DEPARTMENTS)
        .text(Var.AUTHOR, author, 50)
        .text(Var.PLAN_CONTENT, planContent, CONTENT_MAX)
        .text(Var.ACCEPTANCE_CRITERIA, acceptanceCriteria, 2000);
  }

  Map<String, Object> asVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.PLAN_NAME, planName);
    variables.put(Var.PROJECT_NAME, projectName);
    variables.put(Var.DEPARTMENT, department);
    variables.put(Var.AUTHOR, author);
    variables.put(Var.PLAN_CONTENT, planContent);
    variables.put(Var.ACCEPTANCE_CRITERIA, acceptanceCriteria);
    return variables;
  }

  static QualityPlanRequest fromVariables(Map<String, Object> variables) {
    return new QualityPlanRequest(FormValues.text(variables, Var.PLAN_NAME), FormValues.text(variables, Var.PROJECT_NAME),
        FormValues.text(variables, Var.DEPARTMENT), FormValues.text(variables, Var.AUTHOR),
        FormValues.text(variables, Var.PLAN_CONTENT), FormValues.text(variables, Var.ACCEPTANCE_CRITERIA));
  }
}
