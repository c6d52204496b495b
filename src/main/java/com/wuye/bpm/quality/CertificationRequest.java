package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.CertificationProcess.Var;

import com.wuye.bpm.api.FieldRules;
import java.util.HashMap;
import java.util.Map;

/** The company's intent to apply for quality certification (§5.1 节点1), from the Tasklist start form. */
public record CertificationRequest(String certificationBody, String certificationStandard, String certificationScope,
    String consultant, String applicationNote) {

  FieldRules check() {
    FieldRules rules = new FieldRules()
        .text(Var.CERTIFICATION_BODY, certificationBody, 100)
        .text(Var.CERTIFICATION_STANDARD, certificationStandard, 100)
        .text(Var.CERTIFICATION_SCOPE, certificationScope, 500)
        .text(Var.APPLICATION_NOTE, applicationNote, CertificationTasks.NOTE_MAX);
    if (consultant != null && consultant.length() > 100) {
      rules.reject(Var.CONSULTANT, "不能超过 100 个字符 (at most 100 characters)");
    }
    return rules;
  }

  Map<String, Object> asVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.CERTIFICATION_BODY, certificationBody);
    variables.put(Var.CERTIFICATION_STANDARD, certificationStandard);
    variables.put(Var.CERTIFICATION_SCOPE, certificationScope);
    variables.put(Var.CONSULTANT, consultant);
    variables.put(Var.APPLICATION_NOTE, applicationNote);
    return variables;
  }

  static CertificationRequest fromVariables(Map<String, Object> variables) {
    String consultant = FormValues.text(variables, Var.CONSULTANT);
    return new CertificationRequest(FormValues.text(variables, Var.CERTIFICATION_BODY),
        FormValues.text(variables, Var.CERTIFICATION_STANDARD), FormValues.text(variables, Var.CERTIFICATION_SCOPE),
        consultant == null || consultant.isEmpty() ? null : consultant, FormValues.text(variables, Var.APPLICATION_NOTE));
  }
}
