package com.wuye.bpm.supervision;

import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import com.wuye.bpm.supervision.RectificationFollowUpProcess.Element;
import com.wuye.bpm.supervision.RectificationFollowUpProcess.Var;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a follow-up task of rectification-follow-up reads and writes. Its notice is bound to the task when the task is
 * created (from the multi-instance element, which only the engine sets), so a completion carrying another notice
 * number still follows up the task's own notice.
 */
@Component
class RectificationFollowUpTasks implements FlowTasks {

  private static final Set<String> RESULTS =
      Set.of(RectificationFollowUpProcess.RECTIFIED, RectificationFollowUpProcess.NOT_RECTIFIED);

  private final RectificationNotices notices;

  RectificationFollowUpTasks(RectificationNotices notices) {
    this.notices = notices;
  }

  @Override
  public String processKey() {
    return RectificationFollowUpProcess.KEY;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.FOLLOW_UP_RECTIFICATION)
        .onCreate(c -> {
          RectificationNotice notice = notices.assignFollowUp(c.businessKey(),
              (String) c.task().getVariable(Var.NOTICE_NUMBER), c.task().getId());
          c.task().setVariableLocal(Var.NOTICE_DEPARTMENT, notice.departmentName());
          c.task().setVariableLocal(Var.NOTICE_PROBLEM, notice.problem());
          c.task().setVariableLocal(Var.NOTICE_DEADLINE, notice.deadline().toString());
        })
        .reads(v -> {
          v.choice(Var.RECTIFICATION_RESULT, RESULTS);
          return v.requiredText(Var.FOLLOW_UP_NOTE, 2000);
        })
        .onComplete(c -> notices.recordFollowUp(c.businessKey(), c.task().getId(),
            RectificationFollowUpProcess.RECTIFIED.equals(c.values().text(Var.RECTIFICATION_RESULT)),
            c.values().text(Var.FOLLOW_UP_NOTE), c.actor()));
  }
}
