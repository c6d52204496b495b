package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.CertificationProcess.Element;
import static com.wuye.bpm.quality.CertificationProcess.Var;

import java.util.HashMap;
import java.util.Map;

/** Named test data for quality-certification. */
final class CertificationFixtures {

  static final String ISSUE_DATE = "2026-03-01";

  private CertificationFixtures() {}

  /** ISO 9001 certification of the property services, advised by a consultant. */
  static CertificationRequest iso9001() {
    return new CertificationRequest("中国质量认证中心", "GB/T 19001-2016 / ISO 9001:2015", "物业管理服务", "某咨询公司",
        "按咨询顾问建议申请质量管理体系认证");
  }

  static Map<String, Object> startVariables() {
    Map<String, Object> variables = new HashMap<>(iso9001().asVariables());
    variables.put(Var.APPLIED_BY, "pinzhi-jingli");
    return variables;
  }

  /** What the quality center records at each task the happy way (accepted, conforming, certified, maintained). */
  static Map<String, Object> completion(String taskKey) {
    Map<String, Object> variables = new HashMap<>();
    CertificationProcess.DocumentFields fields = CertificationProcess.DOCUMENT_OF_TASK.get(taskKey);
    if (fields.numberField() != null) {
      variables.put(fields.numberField(), "DOC-" + taskKey.length());
    }
    variables.put(fields.dateField(), "2026-02-15");
    variables.put(fields.noteField(), "已登记：" + taskKey);
    switch (taskKey) {
      case Element.RECORD_APPLICATION_REVIEW -> variables.put(Var.APPLICATION_ACCEPTED, true);
      case Element.RECORD_DOCUMENT_AUDIT -> {
        variables.put(Var.DOCUMENTS_CONFORM, true);
        variables.put(Var.PRE_AUDIT_REQUIRED, false);
      }
      case Element.RECORD_CERTIFICATION_DECISION -> {
        variables.put(Var.CERTIFIED, true);
        variables.put(Var.CERTIFICATE_SCOPE, "住宅小区物业管理服务");
        variables.put(Var.CERTIFICATE_ISSUE_DATE, ISSUE_DATE);
      }
      case Element.RECORD_SURVEILLANCE_DECISION -> variables.put(Var.SURVEILLANCE_DECISION,
          CertificationProcess.MAINTAINED);
      default -> { }
    }
    return variables;
  }

  static Map<String, Object> completion(String taskKey, String name, Object value) {
    Map<String, Object> variables = completion(taskKey);
    variables.put(name, value);
    return variables;
  }
}
