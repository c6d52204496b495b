package com.wuye.bpm.complaint;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Var;

import java.util.HashMap;
import java.util.Map;

/** Named test data for complaint-handling. */
final class ComplaintFixtures {

  private ComplaintFixtures() {}

  /** A leaking pipe nobody repaired: engineering, callback required. */
  static ComplaintIntake repairDelay() {
    return new ComplaintIntake("张伟", "3栋2单元1201", "13800138000", "phone", "repair-delay",
        "卫生间漏水三天无人维修", false);
  }

  static ComplaintIntake withCategory(String category, boolean urgent) {
    ComplaintIntake base = repairDelay();
    return new ComplaintIntake(base.ownerName(), base.unit(), base.phone(), base.channel(), category,
        base.description(), urgent);
  }

  static Map<String, Object> variables(ComplaintIntake intake) {
    return new HashMap<>(intake.asVariables());
  }

  /** What the person writes when completing each task the happy way. */
  static Map<String, Object> completion(String taskKey) {
    Map<String, Object> variables = new HashMap<>();
    String noteField = ComplaintHandlingProcess.NOTE_OF_TASK.get(taskKey);
    if (noteField != null) {
      variables.put(noteField, "已办理：" + taskKey);
    }
    if (ComplaintHandlingProcess.Element.CALLBACK.equals(taskKey)) {
      variables.put(Var.SATISFIED, true);
    }
    return variables;
  }
}
