package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.QualityPlanProcess.Element;
import static com.wuye.bpm.quality.QualityPlanProcess.Var;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Named test data for quality-plan. */
final class QualityPlanFixtures {

  private QualityPlanFixtures() {}

  /** Customer service's plan for a community service day. */
  static QualityPlanRequest serviceDay() {
    return new QualityPlanRequest("便民服务日质量计划", "2026年便民服务日", "customer-service", "张客服",
        "目标：服务业主 300 户；阶段：筹备、实施、总结；职责：客服主管负责；资源：人员 12 名、场地广场、经费 5000 元",
        "业主满意率不低于 95%，无安全事故");
  }

  static Map<String, Object> startVariables() {
    Map<String, Object> variables = new HashMap<>(serviceDay().asVariables());
    variables.put(Var.DRAFTED_BY, "kefu-zhuguan");
    return variables;
  }

  /** What the person writes at each task the happy way (passed, approved, finished, accepted). */
  static Map<String, Object> completion(String taskKey) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(QualityPlanProcess.NOTE_OF_TASK.get(taskKey), "已办理：" + taskKey);
    switch (taskKey) {
      case Element.REVIEW_QUALITY_PLAN -> variables.put(Var.REVIEW_PASSED, true);
      case Element.APPROVE_QUALITY_PLAN -> variables.put(Var.PLAN_APPROVED, true);
      case Element.REVISE_QUALITY_PLAN -> {
        variables.put(Var.PLAN_CONTENT, serviceDay().planContent() + "；增加应急预案");
        variables.put(Var.ACCEPTANCE_CRITERIA, serviceDay().acceptanceCriteria());
      }
      case Element.DISTRIBUTE_QUALITY_PLAN -> variables.put(Var.ISSUE_DATE, "2026-04-01");
      case Element.CHECK_PLAN_IMPLEMENTATION -> {
        variables.put(Var.CHECK_DATE, "2026-04-15");
        variables.put(Var.CHECKED_ITEMS, List.of("objectives", "resources"));
        variables.put(Var.ACTIVITY_FINISHED, true);
      }
      case Element.ACCEPT_ACTIVITY_RESULTS -> variables.put(Var.ACCEPTANCE_PASSED, true);
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
