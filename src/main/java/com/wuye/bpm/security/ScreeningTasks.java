package com.wuye.bpm.security;

import static com.wuye.bpm.security.SuspiciousPersonScreeningProcess.Element;
import static com.wuye.bpm.security.SuspiciousPersonScreeningProcess.Var;

import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskStepContext;
import com.wuye.bpm.casefile.TaskSteps;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What the guard and the supervisor write in suspicious-person-screening (《物业品质管理手册》§5.5.2) into the
 * screening's archive record, found by the instance's business key. A full ID number stays in the record only.
 */
@Component
class ScreeningTasks implements FlowTasks {

  static final Set<String> ID_TYPES = Set.of("id-card", "passport", "driving-licence", "other");
  private static final Set<String> ACTIONS =
      Arrays.stream(ScreeningAction.values()).map(ScreeningAction::value).collect(Collectors.toSet());

  private final ScreeningService screenings;
  private final IdNumberPrivacy privacy;

  ScreeningTasks(ScreeningService screenings, IdNumberPrivacy privacy) {
    this.screenings = screenings;
    this.privacy = privacy;
  }

  @Override
  public String processKey() {
    return SuspiciousPersonScreeningProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.SCREENING_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.CHOOSE_ACTION).reads(this::chosenAction).onComplete(this::chooseAction);
    steps.task(Element.INSPECT_ITEMS).note(Var.ITEMS_FOUND, 500)
        .onComplete(step -> screenings.inspectItems(step.businessKey(), step.values().text(Var.ITEMS_FOUND),
            step.values().ticked(Var.SUSPICIOUS_ITEMS)));
    steps.task(Element.ITEM_STATEMENT).note(Var.ITEM_STATEMENT, 500)
        .onComplete(step -> screenings.itemStatement(step.businessKey(), step.values().text(Var.ITEM_STATEMENT)));
    steps.task(Element.CHECK_ID).reads(this::identity).onComplete(this::checkId);
    steps.task(Element.QUESTION_PERSON)
        .reads(values -> {
          if (!values.ticked(Var.IS_SUSPECT)) {
            values.requiredText(Var.PERSON_NAME, 50);
          }
          return values.requiredText(Var.QUESTIONING_NOTE, 1000);
        })
        .onComplete(step -> screenings.question(step.businessKey(), step.values().text(Var.QUESTIONING_NOTE),
            step.values().ticked(Var.IS_SUSPECT), step.values().text(Var.PERSON_NAME)));
    steps.task(Element.HAND_OVER_TO_POLICE)
        .reads(values -> {
          String station = values.requiredText(Var.POLICE_STATION, 100);
          String receipt = values.optionalText(Var.POLICE_RECEIPT, 60);
          return station + (receipt == null ? "" : "，回执 " + receipt);
        })
        .onComplete(step -> screenings.handOver(step.businessKey(), step.values().text(Var.POLICE_STATION),
            step.values().text(Var.POLICE_RECEIPT)));
  }

  private String chosenAction(FormValues values) {
    String chosen = values.choice(Var.GUARD_ACTION, ACTIONS);
    String recommended = values.text(Var.RECOMMENDED_ACTION);
    return chosen == null ? null : "评分 " + values.integer(Var.RISK_SCORE) + "，建议"
        + ScreeningAction.of(recommended).map(ScreeningAction::chineseName).orElse("—") + "，选择"
        + ScreeningAction.of(chosen).orElseThrow().chineseName();
  }

  private void chooseAction(TaskStepContext step) {
    FormValues values = step.values();
    screenings.chooseAction(step.businessKey(), values.integer(Var.RISK_SCORE), values.text(Var.RISK_LEVEL),
        ScreeningAction.of(values.text(Var.RECOMMENDED_ACTION)).orElseThrow(),
        ScreeningAction.of(values.text(Var.GUARD_ACTION)).orElseThrow());
  }

  private String identity(FormValues values) {
    Boolean valid = values.requiredFlag(Var.HAS_VALID_ID);
    if (!Boolean.TRUE.equals(valid)) {
      return "无合格证件";
    }
    values.choice(Var.ID_TYPE, ID_TYPES);
    String name = values.requiredText(Var.PERSON_NAME, 50);
    return name + "，" + IdNumberPrivacy.mask(values.requiredText(Var.ID_NUMBER, 40));
  }

  /** Keeps the ID in the archive record; the task's variable and its history keep the masked number only. */
  private void checkId(TaskStepContext step) {
    FormValues values = step.values();
    String idNumber = values.text(Var.ID_NUMBER);
    if (idNumber != null) {
      step.task().setVariable(Var.ID_NUMBER, IdNumberPrivacy.mask(idNumber));
      privacy.keepMasked(step.task().getProcessInstanceId(), Var.ID_NUMBER, idNumber);
    }
    if (values.ticked(Var.HAS_VALID_ID)) {
      screenings.checkId(step.businessKey(), true, values.text(Var.ID_TYPE), idNumber, values.text(Var.PERSON_NAME));
    } else {
      screenings.checkId(step.businessKey(), false, null, null, null);
    }
  }
}
