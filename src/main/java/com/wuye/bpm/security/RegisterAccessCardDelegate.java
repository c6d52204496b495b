package com.wuye.bpm.security;

import static com.wuye.bpm.security.AccessCardProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记并发放证号: registers the card and makes its number the business key. */
@Component
class RegisterAccessCardDelegate implements JavaDelegate {

  private final AccessCardService cards;

  RegisterAccessCardDelegate(AccessCardService cards) {
    this.cards = cards;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AccessCard card = cards.register(AccessCardApplication.from(execution), execution.getProcessInstanceId(),
        FormInput.text(execution, Var.APPLIED_BY));
    execution.setProcessBusinessKey(card.number());
    execution.setVariable(Var.CARD_NUMBER, card.number());
  }
}
