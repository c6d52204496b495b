package com.wuye.bpm.supervision;

import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import com.wuye.bpm.supervision.QualityInspectionProcess.Element;
import com.wuye.bpm.supervision.QualityInspectionProcess.Var;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** What the user tasks of quality-inspection read, check and write. */
@Component
class QualityInspectionTasks implements FlowTasks {

  private static final Set<String> YES_NO = Set.of(QualityInspectionProcess.YES, QualityInspectionProcess.NO);
  private static final Set<String> DECISIONS =
      Set.of(QualityInspectionProcess.APPROVE, QualityInspectionProcess.REJECT);

  private final QualityInspectionService inspections;
  private final Clock clock;

  QualityInspectionTasks(QualityInspectionService inspections, Clock clock) {
    this.inspections = inspections;
    this.clock = clock;
  }

  @Override
  public String processKey() {
    return QualityInspectionProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.INSPECTION_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.AUTHORISE_INSPECTION_TEAM)
        .reads(v -> {
          String estate = v.requiredText(Var.ESTATE_CODE, 10);
          String leader = v.requiredText(Var.TEAM_LEADER, 50);
          v.requiredText(Var.TEAM_MEMBERS, 500);
          return "受检小区 " + estate + "，组长 " + leader;
        })
        .onComplete(c -> {
          FormValues v = c.values();
          inspections.authorise(c.businessKey(), v.text(Var.ESTATE_CODE), v.text(Var.TEAM_LEADER),
              v.text(Var.TEAM_MEMBERS));
          c.task().getExecution().setVariable(Var.ESTATE_NAME,
              inspections.estateName(inspections.get(c.businessKey())));
        });
    steps.task(Element.WRITE_INSPECTION_PLAN)
        .reads(v -> {
          v.requiredDate(Var.PLANNED_DATE);
          required(v, Var.INSPECTION_AREAS, v.checklist(Var.INSPECTION_AREAS, QualityInspectionProcess.AREAS.keySet()));
          v.requiredInteger(Var.SAMPLE_SIZE);
          return v.requiredText(Var.PLAN_NOTE, 2000);
        })
        .onComplete(c -> inspections.plan(c.businessKey(), c.values().date(Var.PLANNED_DATE),
            c.values().checklist(Var.INSPECTION_AREAS), c.values().integer(Var.SAMPLE_SIZE),
            c.values().text(Var.PLAN_NOTE)));
    steps.task(Element.INSPECT_ON_SITE)
        .reads(v -> {
          required(v, Var.CHECKED_AREAS, v.checklist(Var.CHECKED_AREAS, QualityInspectionProcess.AREAS.keySet()));
          return v.requiredText(Var.SITE_RECORD, 4000);
        })
        .onComplete(c -> inspections.recordSiteCheck(c.businessKey(), c.values().checklist(Var.CHECKED_AREAS),
            c.values().text(Var.SITE_RECORD)));
    steps.task(Element.VISIT_HOUSEHOLDS)
        .reads(v -> {
          v.choice(Var.COMPLAINTS_HANDLED, YES_NO);
          return v.requiredText(Var.VISIT_RECORD, 4000);
        })
        .onComplete(c -> inspections.recordVisits(c.businessKey(), c.values().text(Var.VISIT_RECORD),
            QualityInspectionProcess.YES.equals(c.values().text(Var.COMPLAINTS_HANDLED))));
    steps.task(Element.WRITE_INSPECTION_REPORT)
        .reads(v -> {
          v.choice(Var.MAJOR_PROBLEMS, YES_NO);
          findings(v);
          return v.requiredText(Var.REPORT_SUMMARY, 4000);
        })
        .onComplete(c -> inspections.report(c.businessKey(), c.values().text(Var.REPORT_SUMMARY), findings(c.values()),
            QualityInspectionProcess.YES.equals(c.values().text(Var.MAJOR_PROBLEMS))));
    steps.task(Element.APPROVE_INSPECTION_REPORT)
        .reads(v -> {
          v.choice(Var.REPORT_DECISION, DECISIONS);
          return v.requiredText(Var.APPROVAL_OPINION, 2000);
        })
        .onComplete(c -> inspections.decide(c.businessKey(),
            QualityInspectionProcess.APPROVE.equals(c.values().text(Var.REPORT_DECISION)), c.actor()));
    steps.task(Element.ORGANISE_CORRECTIVE_ACTION)
        .reads(v -> {
          v.requiredText(Var.PREVENTIVE_ACTION, 2000);
          return v.requiredText(Var.CORRECTIVE_ACTION, 2000);
        })
        .onComplete(c -> inspections.recordCorrectiveAction(c.businessKey(), c.values().text(Var.CORRECTIVE_ACTION),
            c.values().text(Var.PREVENTIVE_ACTION)));
  }

  /**
   * The report's problems, one per line of each department's field, each a rectification notice to that
   * department by the report's deadline (required, and not past, when there is a problem).
   */
  private List<RectificationNotice.Finding> findings(FormValues v) {
    LocalDate deadline = v.date(Var.RECTIFICATION_DEADLINE);
    List<RectificationNotice.Finding> findings = new ArrayList<>();
    for (Map.Entry<String, String> field : QualityInspectionProcess.FINDINGS_GROUPS.entrySet()) {
      String text = v.optionalText(field.getKey(), 2000);
      if (text != null) {
        text.lines().map(String::strip).filter(line -> !line.isEmpty())
            .forEach(line -> findings.add(new RectificationNotice.Finding(null, field.getValue(), line, deadline)));
      }
    }
    if (!findings.isEmpty() && !v.rules().hasError(Var.RECTIFICATION_DEADLINE)) {
      if (deadline == null) {
        v.rules().reject(Var.RECTIFICATION_DEADLINE, "有问题时要写明整改期限");
      } else if (deadline.isBefore(LocalDate.now(clock))) {
        v.rules().reject(Var.RECTIFICATION_DEADLINE, "整改期限不能早于今天");
      }
    }
    return findings;
  }

  private static void required(FormValues v, String field, List<String> ticked) {
    if (ticked.isEmpty()) {
      v.rules().present(field, null);
    }
  }
}
