package com.wuye.bpm.security;

import com.wuye.bpm.api.FormValues;
import static com.wuye.bpm.security.LostAndFoundProcess.Var;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 签收存档: keeps the handover record, makes its number the business key, and sets the end of retention. */
@Component
class RecordFoundItemDelegate implements JavaDelegate {

  private final FoundItemService items;

  RecordFoundItemDelegate(FoundItemService items) {
    this.items = items;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FoundItem item = items.register(FoundItemHandover.from(execution), execution.getProcessInstanceId(),
        FormValues.of(execution).text(Var.RECEIVED_BY));
    execution.setProcessBusinessKey(item.number());
    execution.setVariable(Var.FOUND_ITEM_NUMBER, item.number());
    execution.setVariable(Var.OWNER_KNOWN, item.ownerKnown());
    execution.setVariable(Var.RETENTION_DEADLINE, Date.from(item.retentionUntil().toInstant()));
  }
}
