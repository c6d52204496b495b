package com.wuye.bpm.service;

import static com.wuye.bpm.service.CompanySignboardProcess.Element;
import static com.wuye.bpm.service.CompanySignboardProcess.Var;

import com.wuye.bpm.casefile.FlowTasks;
import com.wuye.bpm.casefile.TaskSteps;
import org.springframework.stereotype.Component;

/** What the user tasks of company-signboard read, check and write. */
@Component
class SignboardTasks implements FlowTasks {

  static final int LICENCE_MAX = 40;
  static final int RECEIPT_MAX = 40;
  static final int MAKER_MAX = 100;
  static final int LOCATION_MAX = 100;

  private final SignboardService signboards;

  SignboardTasks(SignboardService signboards) {
    this.signboards = signboards;
  }

  @Override
  public String processKey() {
    return CompanySignboardProcess.KEY;
  }

  @Override
  public String recordVariable() {
    return Var.SIGNBOARD_NUMBER;
  }

  @Override
  public void declare(TaskSteps steps) {
    steps.task(Element.CHECK_SIGNBOARD_APPLICATION)
        .reads(values -> {
          values.choice(Var.APPLICATION_RESULT, CompanySignboardProcess.APPLICATION_RESULTS);
          values.optionalText(Var.LICENCE_NUMBER, LICENCE_MAX);
          return values.requiredText(Var.CHECK_NOTE, ServiceFields.SHORT_NOTE_MAX);
        })
        .onComplete(step -> signboards.checkApplication(step.businessKey(),
            CompanySignboardProcess.APPLICATION_VALID.equals(step.values().text(Var.APPLICATION_RESULT)),
            step.values().text(Var.LICENCE_NUMBER)));
    steps.task(Element.COLLECT_SIGNBOARD_FEE)
        .reads(values -> values.requiredDecimal(Var.FEE_AMOUNT, 2) + " 元，收据 "
            + values.requiredText(Var.RECEIPT_NUMBER, RECEIPT_MAX))
        .onComplete(step -> signboards.collectFee(step.businessKey(), step.values().decimal(Var.FEE_AMOUNT, 2),
            step.values().text(Var.RECEIPT_NUMBER)));
    steps.task(Element.RECORD_SIGNBOARD_DELIVERY)
        .reads(values -> {
          values.requiredDate(Var.DELIVERED_ON);
          String maker = values.requiredText(Var.MAKER_NAME, MAKER_MAX);
          String note = values.optionalText(Var.DELIVERY_NOTE, ServiceFields.SHORT_NOTE_MAX);
          return maker + (note == null ? "" : "：" + note);
        })
        .onComplete(step -> signboards.recordDelivery(step.businessKey(), step.values().text(Var.MAKER_NAME),
            step.values().date(Var.DELIVERED_ON)));
    steps.task(Element.CHECK_SIGNBOARD)
        .reads(values -> {
          values.choice(Var.SIGN_RESULT, CompanySignboardProcess.SIGN_RESULTS);
          return values.requiredText(Var.SIGN_CHECK_NOTE, ServiceFields.SHORT_NOTE_MAX);
        })
        .onComplete(step -> signboards.checkSign(step.businessKey(),
            CompanySignboardProcess.SIGN_MATCHES.equals(step.values().text(Var.SIGN_RESULT))));
    steps.task(Element.HANG_SIGNBOARD)
        .reads(values -> {
          String location = values.requiredText(Var.HANGING_LOCATION, LOCATION_MAX);
          String note = values.optionalText(Var.HANGING_NOTE, ServiceFields.SHORT_NOTE_MAX);
          return location + (note == null ? "" : "：" + note);
        })
        .onComplete(step -> signboards.hang(step.businessKey(), step.values().text(Var.HANGING_LOCATION)));
  }
}
