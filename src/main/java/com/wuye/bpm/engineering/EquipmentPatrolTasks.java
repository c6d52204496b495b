package com.wuye.bpm.engineering;

import static com.wuye.bpm.engineering.EquipmentPatrolProcess.Element;
import static com.wuye.bpm.engineering.EquipmentPatrolProcess.Value;
import static com.wuye.bpm.engineering.EquipmentPatrolProcess.Var;

import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import org.springframework.stereotype.Component;

/** What the user tasks of equipment-patrol read, check and write (《物业品质管理手册》 §5.7.2). */
@Component
class EquipmentPatrolTasks implements FlowTasks {

  private final EquipmentPatrolService patrols;

  EquipmentPatrolTasks(EquipmentPatrolService patrols) {
    this.patrols = patrols;
  }

  @Override
  public String processKey() {
    return EquipmentPatrolProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.PATROL_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.CHECK_EQUIPMENT).reads(v -> {
      PatrolCheck check = check(v);
      return check == null ? null : check.summary();
    })
        .onComplete(c -> patrols.checked(c.businessKey(), check(c.values()), c.actor()));
    steps.task(Element.REPAIR_EQUIPMENT).note(Var.REPAIR_RESULT, 1000)
        .onComplete(c -> patrols.repaired(c.businessKey(), c.values().text(Var.REPAIR_RESULT), c.actor()));
    steps.task(Element.REVIEW_MISSED_PATROL).note(Var.MISSED_REASON, 1000)
        .onComplete(c -> patrols.missedReviewed(c.businessKey(), c.values().text(Var.MISSED_REASON)));
  }

  /**
   * The check as the form sent it, or null when a choice is missing or unknown (the values' rules say which); the
   * cause is required with an alarm or an abnormal condition.
   */
  static PatrolCheck check(FormValues v) {
    String cleanliness = v.choice(Var.CLEANLINESS, Value.CLEANLINESS);
    String terminals = v.choice(Var.TERMINALS, Value.TERMINALS);
    String alarm = v.choice(Var.ALARM, Value.ALARM);
    String condition = v.choice(Var.CONDITION, Value.CONDITION);
    String findings = PatrolCheck.needsFindings(alarm, condition) ? v.requiredText(Var.FINDINGS, 1000)
        : v.optionalText(Var.FINDINGS, 1000);
    if (cleanliness == null || terminals == null || alarm == null || condition == null) {
      return null;
    }
    return new PatrolCheck(cleanliness, terminals, alarm, condition, findings);
  }
}
