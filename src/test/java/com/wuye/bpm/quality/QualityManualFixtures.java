package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityManualProcess.Element;
import static com.wuye.bpm.quality.QualityManualProcess.Var;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Named test data for quality-manual. */
final class QualityManualFixtures {

  static final List<String> DEPARTMENTS = List.of("customer-service", "engineering");

  private QualityManualFixtures() {}

  static Map<String, Object> startVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.MANUAL_TITLE, "物业服务质量管理手册");
    variables.put(Var.MANUAL_VERSION, "A/0");
    variables.put(Var.CONSULTANT, "某认证咨询公司 王顾问");
    variables.put(Var.STARTED_BY, "pinzhi-jingli");
    return variables;
  }

  /** What the person writes at each task the happy way (no questions, no changes, approved). */
  static Map<String, Object> completion(String taskKey) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(QualityManualProcess.NOTE_OF_TASK.get(taskKey), "已办理：" + taskKey);
    switch (taskKey) {
      case Element.RECORD_CONSULTANT_TRAINING -> variables.put(Var.TRAINING_DATE, "2026-05-06");
      case Element.DRAFT_WRITING_PLAN -> {
        variables.put(Var.WRITING_DEPARTMENTS, DEPARTMENTS);
        variables.put(Var.WRITING_GROUPS, String.join(",", DEPARTMENTS));
      }
      case Element.WRITE_MANUAL_SECTIONS -> variables.put(Var.HAS_QUESTIONS, false);
      case Element.REVIEW_MANUAL_DRAFT -> variables.put(Var.CHANGES_NEEDED, false);
      case Element.APPROVE_QUALITY_MANUAL -> variables.put(Var.MANUAL_APPROVED, true);
      case Element.ARCHIVE_QUALITY_MANUAL -> {
        variables.put(Var.ARCHIVE_LOCATION, "品质管理中心文件柜 A-1");
        variables.put(Var.EFFECTIVE_DATE, "2026-07-01");
      }
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
