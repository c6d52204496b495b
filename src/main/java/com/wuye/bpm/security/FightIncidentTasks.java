package com.wuye.bpm.security;

import static com.wuye.bpm.security.FightIncidentProcess.Element;
import static com.wuye.bpm.security.FightIncidentProcess.Var;

import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import java.math.BigDecimal;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the monitoring centre, the guards and the supervisor write in fight-incident (《物业品质管理手册》§5.5.4) into
 * the incident's record, found by the instance's business key.
 */
@Component
class FightIncidentTasks implements FlowTasks {

  static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");
  private static final Set<String> POLICE_DECISIONS =
      Set.of(FightIncidentProcess.CALL_POLICE, FightIncidentProcess.NO_POLICE);

  private final FightIncidentService incidents;

  FightIncidentTasks(FightIncidentService incidents) {
    this.incidents = incidents;
  }

  @Override
  public String processKey() {
    return FightIncidentProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.INCIDENT_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.CALL_POLICE).note(Var.POLICE_REPORT, 60)
        .onComplete(step -> incidents.policeCalled(step.businessKey(), step.values().text(Var.POLICE_REPORT)));
    steps.task(Element.MEDIATE)
        .reads(values -> {
          values.requiredFlag(Var.MEDIATION_EFFECTIVE);
          return values.requiredText(Var.MEDIATION_NOTE, 1000);
        })
        .onComplete(step -> incidents.mediated(step.businessKey(), step.values().text(Var.MEDIATION_NOTE),
            step.values().ticked(Var.MEDIATION_EFFECTIVE)));
    steps.task(Element.DECIDE_ON_POLICE)
        .reads(values -> {
          String decision = values.choice(Var.POLICE_DECISION, POLICE_DECISIONS);
          String report = FightIncidentProcess.CALL_POLICE.equals(decision)
              ? values.requiredText(Var.POLICE_REPORT, 60) : null;
          String leaders = values.requiredText(Var.LEADERS_REPORT, 1000);
          return (report != null ? "报警，回执 " + report : "不报警") + "；" + leaders;
        })
        .onComplete(step -> incidents.supervisorDecided(step.businessKey(), step.values().text(Var.POLICE_DECISION),
            step.values().text(Var.POLICE_REPORT), step.values().text(Var.LEADERS_REPORT)));
    steps.task(Element.ASSIST_POLICE).note(Var.POLICE_ASSISTANCE, 1000)
        .onComplete(step -> incidents.policeAssisted(step.businessKey(), step.values().text(Var.POLICE_ASSISTANCE)));
    steps.task(Element.LIST_DAMAGE)
        .reads(values -> {
          String items = values.requiredText(Var.DAMAGE_ITEMS, 1000);
          BigDecimal amount = values.requiredDecimal(Var.DAMAGE_AMOUNT, 2);
          if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0)) {
            values.rules().reject(Var.DAMAGE_AMOUNT, "应在 0 到 " + MAX_AMOUNT.toPlainString() + " 元之间");
          }
          return items + "（" + (amount == null ? "—" : amount.toPlainString()) + " 元）";
        })
        .onComplete(step -> incidents.damageListed(step.businessKey(), step.values().text(Var.DAMAGE_ITEMS),
            step.values().decimal(Var.DAMAGE_AMOUNT, 2)));
    steps.task(Element.WRITE_CASE_REPORT)
        .reads(values -> {
          String report = values.requiredText(Var.CASE_REPORT, 4000);
          return report != null && report.length() > 2000 ? report.substring(0, 2000) : report;
        })
        .onComplete(step -> incidents.reported(step.businessKey(), step.values().text(Var.CASE_REPORT)));
  }
}
