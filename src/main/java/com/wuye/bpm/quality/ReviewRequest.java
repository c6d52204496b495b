package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityReviewProcess.Var;

import com.wuye.bpm.api.FieldRules;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** A project document put forward for quality review (§5.2 节点1), from the Tasklist start form or the API. */
public record ReviewRequest(String projectName, String department, String projectScale, Boolean critical,
    String reviewItems, String documentTitle, String documentVersion, String documentAuthor) {

  /** Departments whose work is reviewed: the groups of the company's lanes. */
  static final Set<String> DEPARTMENTS = Set.of("customer-service", "engineering", "security", "housekeeping",
      "quality-center", "finance", "gm-office", "admin-hr", "market-development");
  /** The scales the decision review-level knows. */
  static final Set<String> SCALES = Set.of("small", "medium", "large");

  FieldRules check() {
    return new FieldRules()
        .text(Var.PROJECT_NAME, projectName, 100)
        .text(Var.DEPARTMENT, department, 64)
        .oneOf(Var.DEPARTMENT, department, DEPARTMENTS)
        .text(Var.PROJECT_SCALE, projectScale, 10)
        .oneOf(Var.PROJECT_SCALE, projectScale, SCALES)
        .present(Var.CRITICAL, critical)
        .text(Var.REVIEW_ITEMS, reviewItems, 2000)
        .text(Var.DOCUMENT_TITLE, documentTitle, 200)
        .text(Var.DOCUMENT_VERSION, documentVersion, 30)
        .text(Var.DOCUMENT_AUTHOR, documentAuthor, 50);
  }

  Map<String, Object> asVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.PROJECT_NAME, projectName);
    variables.put(Var.DEPARTMENT, department);
    variables.put(Var.PROJECT_SCALE, projectScale);
    variables.put(Var.CRITICAL, critical);
    variables.put(Var.REVIEW_ITEMS, reviewItems);
    variables.put(Var.DOCUMENT_TITLE, documentTitle);
    variables.put(Var.DOCUMENT_VERSION, documentVersion);
    variables.put(Var.DOCUMENT_AUTHOR, documentAuthor);
    return variables;
  }

  static ReviewRequest fromVariables(Map<String, Object> variables) {
    Object critical = variables.get(Var.CRITICAL);
    return new ReviewRequest(FormValues.text(variables, Var.PROJECT_NAME), FormValues.text(variables, Var.DEPARTMENT),
        FormValues.text(variables, Var.PROJECT_SCALE), critical == null ? null : FormValues.bool(critical),
        FormValues.text(variables, Var.REVIEW_ITEMS), FormValues.text(variables, Var.DOCUMENT_TITLE),
        FormValues.text(variables, Var.DOCUMENT_VERSION), FormValues.text(variables, Var.DOCUMENT_AUTHOR));
  }
}
