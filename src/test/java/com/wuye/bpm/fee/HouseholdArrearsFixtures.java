package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.HouseholdArrearsProcess.Element;
import static com.wuye.bpm.fee.HouseholdArrearsProcess.Var;

import java.util.HashMap;
import java.util.Map;

/** Named test data for household-arrears: what people write in each task. */
final class HouseholdArrearsFixtures {

  static final String CASE = "QF-JLD-1-0101-01";

  private HouseholdArrearsFixtures() {}

  /** What the person writes when completing each task the happy way (suspension approved). */
  static Map<String, Object> completion(String taskKey) {
    Map<String, Object> variables = new HashMap<>();
    switch (taskKey) {
      case Element.APPLY_SUSPENSION -> variables.put(Var.APPLICATION_REASON, "三次催缴仍未缴费，申请暂停空调");
      case Element.APPROVE_SUSPENSION -> {
        variables.put(Var.SUSPENSION_DECISION, Var.APPROVED);
        variables.put(Var.APPROVAL_COMMENT, "同意暂停");
      }
      case Element.SUSPEND_SERVICES -> variables.put(Var.SUSPENSION_NOTE, "已关闭空调供应");
      case Element.RESTORE_SERVICES -> variables.put(Var.RESTORATION_NOTE, "已恢复空调供应");
      case Element.ARRANGE_PAYMENT -> {
        variables.put(Var.ARRANGEMENT_NOTE, "业主承诺月底前缴清");
        variables.put(Var.AGREED_PAYMENT_DATE, "2027-03-31");
      }
      default -> throw new IllegalArgumentException(taskKey);
    }
    return variables;
  }

  /** The general manager rejects: customer service arranges a payment date instead. */
  static Map<String, Object> rejection() {
    return new HashMap<>(Map.of(Var.SUSPENSION_DECISION, Var.REJECTED, Var.APPROVAL_COMMENT, "先与业主协商"));
  }

  /** An arrangement with the payment date agreed on {@code date} (yyyy-MM-dd). */
  static Map<String, Object> arrangement(String date) {
    Map<String, Object> variables = completion(Element.ARRANGE_PAYMENT);
    variables.put(Var.AGREED_PAYMENT_DATE, date);
    return variables;
  }
}
