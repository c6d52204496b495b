package com.wuye.bpm.supervision;

import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import com.wuye.bpm.supervision.NonconformityProcess.Element;
import com.wuye.bpm.supervision.NonconformityProcess.Var;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What the user tasks of nonconformity read, check and write. */
@Component
class NonconformityTasks implements FlowTasks {

  private static final Set<String> RESULTS = Set.of(NonconformityProcess.CORRECTED, NonconformityProcess.NOT_CORRECTED);

  private final NonconformityService reports;

  NonconformityTasks(NonconformityService reports) {
    this.reports = reports;
  }

  @Override
  public String processKey() {
    return NonconformityProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.NONCONFORMITY_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.CORRECT_NONCONFORMITY)
        .reads(v -> {
          v.requiredText(Var.NONCONFORMITY_CAUSE, 2000);
          return v.requiredText(Var.CORRECTION_REPORT, 2000);
        })
        .onComplete(c -> reports.correct(c.businessKey(), c.values().text(Var.NONCONFORMITY_CAUSE),
            c.values().text(Var.CORRECTION_REPORT)));
    steps.task(Element.VERIFY_CORRECTION)
        .reads(v -> {
          v.choice(Var.VERIFICATION_RESULT, RESULTS);
          return v.requiredText(Var.VERIFICATION_NOTE, 2000);
        })
        .onComplete(c -> reports.verify(c.businessKey(),
            NonconformityProcess.CORRECTED.equals(c.values().text(Var.VERIFICATION_RESULT)),
            c.values().text(Var.VERIFICATION_NOTE)));
  }
}
