package com.wuye.bpm.supervision;

import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import com.wuye.bpm.supervision.SafetySupervisionProcess.Element;
import com.wuye.bpm.supervision.SafetySupervisionProcess.Var;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What the user tasks of safety-supervision read, check and write. */
@Component
class SafetySupervisionTasks implements FlowTasks {

  private static final Set<String> AREAS = Set.copyOf(SafetySupervision.AREAS);

  private final SafetySupervisionService supervisions;

  SafetySupervisionTasks(SafetySupervisionService supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public String processKey() {
    return SafetySupervisionProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.SUPERVISION_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.CHECK_TEN_AREAS)
        .reads(v -> {
          v.requiredText(Var.ESTATE_CODE, 10);
          v.checklist(Var.CHECKED_AREAS, AREAS);
          v.checklist(Var.FAILED_AREAS, AREAS);
          String findings = v.optionalText(Var.SAFETY_FINDINGS, 2000);
          return findings == null ? "十项均未发现问题" : findings;
        })
        .onComplete(c -> supervisions.check(c.businessKey(), c.values().text(Var.ESTATE_CODE),
            c.values().checklist(Var.CHECKED_AREAS), c.values().checklist(Var.FAILED_AREAS),
            c.values().text(Var.SAFETY_FINDINGS)));
    steps.task(Element.WRITE_SUPERVISION_REPORT)
        .note(Var.SUPERVISION_REPORT, 4000)
        .onComplete(c -> supervisions.report(c.businessKey(), c.values().text(Var.SUPERVISION_REPORT)));
  }
}
