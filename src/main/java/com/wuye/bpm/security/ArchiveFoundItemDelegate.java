package com.wuye.bpm.security;

import static com.wuye.bpm.security.LostAndFoundProcess.Var;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 认领表/处置记录存档: closes the found item's record. */
@Component
class ArchiveFoundItemDelegate implements JavaDelegate {

  private final FoundItemService items;

  ArchiveFoundItemDelegate(FoundItemService items) {
    this.items = items;
  }

  @Override
  public void execute(DelegateExecution execution) {
    items.archive((String) execution.getVariable(Var.FOUND_ITEM_NUMBER));
  }
}
