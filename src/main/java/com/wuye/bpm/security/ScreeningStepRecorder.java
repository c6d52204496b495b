package com.wuye.bpm.security;

import static com.wuye.bpm.security.SuspiciousPersonScreeningProcess.Element;
import static com.wuye.bpm.security.SuspiciousPersonScreeningProcess.Var;

import com.wuye.bpm.api.FieldRules;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Task listener on the user tasks of suspicious-person-screening: checks what the guard or supervisor entered
 * (Tasklist validates in the browser only), writes it to the archive record and keeps the step.
 */
@Component
class ScreeningStepRecorder implements TaskListener {

  static final Set<String> ID_TYPES = Set.of("id-card", "passport", "driving-licence", "other");
  private static final Set<String> ACTIONS =
      Arrays.stream(ScreeningAction.values()).map(ScreeningAction::value).collect(Collectors.toSet());

  private final ScreeningService screenings;
  private final SecurityJournal journal;
  private final IdNumberPrivacy privacy;

  ScreeningStepRecorder(ScreeningService screenings, SecurityJournal journal, IdNumberPrivacy privacy) {
    this.screenings = screenings;
    this.journal = journal;
    this.privacy = privacy;
  }

  @Override
  public void notify(DelegateTask task) {
    String number = (String) task.getVariable(Var.SCREENING_NUMBER);
    FieldRules rules = new FieldRules();
    String note = switch (task.getTaskDefinitionKey()) {
      case Element.CHOOSE_ACTION -> chooseAction(task, number, rules);
      case Element.INSPECT_ITEMS -> {
        String items = FormInput.text(task, Var.ITEMS_FOUND);
        rules.text(Var.ITEMS_FOUND, items, 500).check();
        screenings.inspectItems(number, items, FormInput.ticked(task, Var.SUSPICIOUS_ITEMS));
        yield items;
      }
      case Element.ITEM_STATEMENT -> {
        String statement = FormInput.text(task, Var.ITEM_STATEMENT);
        rules.text(Var.ITEM_STATEMENT, statement, 500).check();
        screenings.itemStatement(number, statement);
        yield statement;
      }
      case Element.CHECK_ID -> checkId(task, number, rules);
      case Element.QUESTION_PERSON -> {
        String questioning = FormInput.text(task, Var.QUESTIONING_NOTE);
        boolean suspect = FormInput.ticked(task, Var.IS_SUSPECT);
        String name = FormInput.text(task, Var.PERSON_NAME);
        rules.text(Var.QUESTIONING_NOTE, questioning, 1000);
        if (!suspect) {
          rules.text(Var.PERSON_NAME, name, 50);
        }
        rules.check();
        screenings.question(number, questioning, suspect, name);
        yield questioning;
      }
      case Element.HAND_OVER_TO_POLICE -> {
        String station = FormInput.text(task, Var.POLICE_STATION);
        String receipt = FormInput.text(task, Var.POLICE_RECEIPT);
        rules.text(Var.POLICE_STATION, station, 100);
        if (receipt != null && receipt.length() > 60) {
          rules.reject(Var.POLICE_RECEIPT, "不能超过 60 个字符 (at most 60 characters)");
        }
        rules.check();
        screenings.handOver(number, station, receipt);
        yield station + (receipt == null ? "" : "，回执 " + receipt);
      }
      default -> null;
    };
    journal.record(SuspiciousPersonScreeningProcess.KEY, number, task, note);
  }

  private String chooseAction(DelegateTask task, String number, FieldRules rules) {
    String chosen = FormInput.text(task, Var.GUARD_ACTION);
    rules.text(Var.GUARD_ACTION, chosen, 20).oneOf(Var.GUARD_ACTION, chosen, ACTIONS).check();
    ScreeningAction recommended = ScreeningAction.of(FormInput.text(task, Var.RECOMMENDED_ACTION)).orElseThrow();
    ScreeningAction action = ScreeningAction.of(chosen).orElseThrow();
    screenings.chooseAction(number, FormInput.integer(task, Var.RISK_SCORE),
        FormInput.text(task, Var.RISK_LEVEL), recommended, action);
    return "评分 " + task.getVariable(Var.RISK_SCORE) + "，建议" + recommended.chineseName() + "，选择"
        + action.chineseName();
  }

  private String checkId(DelegateTask task, String number, FieldRules rules) {
    Boolean valid = FormInput.flag(task, Var.HAS_VALID_ID);
    rules.present(Var.HAS_VALID_ID, valid);
    String type = FormInput.text(task, Var.ID_TYPE);
    String idNumber = FormInput.text(task, Var.ID_NUMBER);
    String name = FormInput.text(task, Var.PERSON_NAME);
    if (Boolean.TRUE.equals(valid)) {
      rules.text(Var.ID_TYPE, type, 20).oneOf(Var.ID_TYPE, type, ID_TYPES)
          .text(Var.ID_NUMBER, idNumber, 40).text(Var.PERSON_NAME, name, 50);
    }
    rules.check();
    if (idNumber != null) {
      task.setVariable(Var.ID_NUMBER, IdNumberPrivacy.mask(idNumber));
      privacy.keepMasked(task.getProcessInstanceId(), Var.ID_NUMBER, idNumber);
    }
    if (valid) {
      screenings.checkId(number, true, type, idNumber, name);
      return name + "，" + IdNumberPrivacy.mask(idNumber);
    }
    screenings.checkId(number, false, null, null, null);
    return "无合格证件";
  }
}
