package com.wuye.bpm.engineering;

import java.util.Set;

/**
 * The processes {@code equipment-patrol} and its schedule {@code equipment-patrol-schedule}
 * (bpmn/equipment-patrol*.bpmn, 《物业品质管理手册》 §5.7.2) as code sees them.
 */
public final class EquipmentPatrolProcess {

  public static final String KEY = "equipment-patrol";
  public static final String SCHEDULE_KEY = "equipment-patrol-schedule";
  /** The message the schedule starts a patrol with. */
  public static final String DUE_MESSAGE = "equipment-patrol-due";
  public static final String REPAIR_DECISION = "equipment-repair-need";

  /** Element ids. */
  public static final class Element {
    public static final String PATROL_DUE = "patrol-due";
    public static final String CHECK_EQUIPMENT = "check-equipment";
    public static final String PATROL_OVERDUE = "patrol-overdue";
    public static final String ASSESS_PATROL_FINDINGS = "assess-patrol-findings";
    public static final String OPEN_WORK_ORDER = "open-work-order";
    public static final String REPAIR_EQUIPMENT = "repair-equipment";
    public static final String RECORD_PATROL_LOG = "record-patrol-log";
    public static final String PATROL_COMPLETED = "patrol-completed";
    public static final String RECORD_MISSED_PATROL = "record-missed-patrol";
    public static final String REVIEW_MISSED_PATROL = "review-missed-patrol";
    public static final String PATROL_MISSED = "patrol-missed";
    // equipment-patrol-schedule
    public static final String SCHEDULE_DUE = "schedule-due";
    public static final String OPEN_DUE_PATROLS = "open-due-patrols";
    public static final String SCHEDULE_CHECKED = "schedule-checked";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    public static final String PATROL_NUMBER = "patrolNumber";
    public static final String EQUIPMENT_GROUP = "equipmentGroup";
    public static final String EQUIPMENT_GROUP_NAME = "equipmentGroupName";
    public static final String EQUIPMENT_ITEMS = "equipmentItems";
    public static final String PATROL_TIME = "patrolTime";
    public static final String PATROL_DEADLINE = "patrolDeadline";
    // check-equipment
    public static final String CLEANLINESS = "cleanliness";
    public static final String TERMINALS = "terminals";
    public static final String ALARM = "alarm";
    public static final String CONDITION = "condition";
    public static final String FINDINGS = "findings";
    // equipment-repair-need
    public static final String REPAIR_NEEDED = "repairNeeded";
    public static final String REPAIR_PRIORITY = "repairPriority";
    public static final String REPAIR_HOURS = "repairHours";
    // work order
    public static final String WORK_ORDER_NUMBER = "workOrderNumber";
    public static final String REPAIR_DUE = "repairDue";
    public static final String REPAIR_RESULT = "repairResult";
    // review-missed-patrol
    public static final String MISSED_REASON = "missedReason";

    private Var() {}
  }

  /** The codes of the form check-equipment. */
  public static final class Value {
    public static final Set<String> CLEANLINESS = PatrolCheck.CLEANLINESS.keySet();
    public static final Set<String> TERMINALS = PatrolCheck.TERMINALS.keySet();
    public static final Set<String> ALARM = PatrolCheck.ALARM.keySet();
    public static final Set<String> CONDITION = PatrolCheck.CONDITION.keySet();

    private Value() {}
  }

  private EquipmentPatrolProcess() {}
}
