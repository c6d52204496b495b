package com.wuye.bpm.security;

import static com.wuye.bpm.security.LostAndFoundProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 通知失主: tells the known owner to come and claim the item. */
@Component
class NotifyOwnerOfFoundItemDelegate implements JavaDelegate {

  private final FoundItemService items;

  NotifyOwnerOfFoundItemDelegate(FoundItemService items) {
    this.items = items;
  }

  @Override
  public void execute(DelegateExecution execution) {
    items.notifyOwner((String) execution.getVariable(Var.FOUND_ITEM_NUMBER));
  }
}
