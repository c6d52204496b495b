package com.wuye.bpm.security;

import com.wuye.bpm.api.FormValues;
import static com.wuye.bpm.security.AccessCardProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记并发放证号: registers the card and makes its number the business key; the
 * holder's ID number stays in full only in the card's row. */
@Component
class RegisterAccessCardDelegate implements JavaDelegate {

  private final AccessCardService cards;
  private final IdNumberPrivacy privacy;

  RegisterAccessCardDelegate(AccessCardService cards, IdNumberPrivacy privacy) {
    this.cards = cards;
    this.privacy = privacy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AccessCardApplication application = AccessCardApplication.from(execution);
    AccessCard card = cards.register(application, execution.getProcessInstanceId(),
        FormValues.of(execution).text(Var.APPLIED_BY));
    execution.setVariable(Var.ID_NUMBER, IdNumberPrivacy.mask(application.idNumber()));
    privacy.keepMasked(execution.getProcessInstanceId(), Var.ID_NUMBER, application.idNumber());
    execution.setProcessBusinessKey(card.number());
    execution.setVariable(Var.CARD_NUMBER, card.number());
  }
}
