package com.wuye.bpm.security;

import static com.wuye.bpm.security.FightIncidentProcess.Element;
import static com.wuye.bpm.security.FightIncidentProcess.Var;

import com.wuye.bpm.api.FieldRules;
import java.math.BigDecimal;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener on the user tasks of fight-incident: checks what was entered (Tasklist validates in the browser
 * only), writes it to the record and keeps the step.
 */
@Component
class IncidentStepRecorder implements TaskListener {

  static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");

  private final FightIncidentService incidents;
  private final SecurityJournal journal;

  IncidentStepRecorder(FightIncidentService incidents, SecurityJournal journal) {
    this.incidents = incidents;
    this.journal = journal;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = (String) task.getVariable(Var.INCIDENT_NUMBER);
    FieldRules rules = new FieldRules();
    String note = switch (task.getTaskDefinitionKey()) {
      case Element.CALL_POLICE -> {
        String report = FormInput.text(task, Var.POLICE_REPORT);
        rules.text(Var.POLICE_REPORT, report, 60).check();
        incidents.policeCalled(number, report);
        yield report;
      }
      case Element.MEDIATE -> {
        String mediation = FormInput.text(task, Var.MEDIATION_NOTE);
        Boolean effective = FormInput.flag(task, Var.MEDIATION_EFFECTIVE);
        rules.text(Var.MEDIATION_NOTE, mediation, 1000).present(Var.MEDIATION_EFFECTIVE, effective).check();
        incidents.mediated(number, mediation, effective);
        yield mediation;
      }
      case Element.DECIDE_ON_POLICE -> {
        String decision = FormInput.text(task, Var.POLICE_DECISION);
        String policeReport = FormInput.text(task, Var.POLICE_REPORT);
        String leadersReport = FormInput.text(task, Var.LEADERS_REPORT);
        rules.text(Var.POLICE_DECISION, decision, 20)
            .oneOf(Var.POLICE_DECISION, decision, Set.of(FightIncidentProcess.CALL_POLICE, FightIncidentProcess.NO_POLICE))
            .text(Var.LEADERS_REPORT, leadersReport, 1000);
        if (FightIncidentProcess.CALL_POLICE.equals(decision)) {
          rules.text(Var.POLICE_REPORT, policeReport, 60);
        }
        rules.check();
        incidents.supervisorDecided(number, decision, policeReport, leadersReport);
        yield (FightIncidentProcess.CALL_POLICE.equals(decision) ? "报警，回执 " + policeReport : "不报警") + "；"
            + leadersReport;
      }
      case Element.ASSIST_POLICE -> {
        String assistance = FormInput.text(task, Var.POLICE_ASSISTANCE);
        rules.text(Var.POLICE_ASSISTANCE, assistance, 1000).check();
        incidents.policeAssisted(number, assistance);
        yield assistance;
      }
      case Element.LIST_DAMAGE -> {
        String items = FormInput.text(task, Var.DAMAGE_ITEMS);
        BigDecimal amount = FormInput.money(task, Var.DAMAGE_AMOUNT);
        rules.text(Var.DAMAGE_ITEMS, items, 1000).present(Var.DAMAGE_AMOUNT, amount);
        if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0)) {
          rules.reject(Var.DAMAGE_AMOUNT, "应在 0 到 " + MAX_AMOUNT.toPlainString() + " 元之间");
        }
        rules.check();
        incidents.damageListed(number, items, amount);
        yield items + "（" + amount.toPlainString() + " 元）";
      }
      case Element.WRITE_CASE_REPORT -> {
        String report = FormInput.text(task, Var.CASE_REPORT);
        rules.text(Var.CASE_REPORT, report, 4000).check();
        incidents.reported(number, report);
        yield report.length() > 2000 ? report.substring(0, 2000) : report;
      }
      default -> null;
    };
    journal.record(FightIncidentProcess.KEY, number, task, note);
  }
}
