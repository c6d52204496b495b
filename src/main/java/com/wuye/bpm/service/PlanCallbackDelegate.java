package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerCallbackProcess.Var;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 制订回访计划: takes the unit whose complaints and repairs recur most from the records, writes the callback and makes
 * its number the business key; {@code planned} is false when no unit qualifies.
 */
@Component
class PlanCallbackDelegate implements JavaDelegate {

  private final OwnerCallbackService callbacks;

  PlanCallbackDelegate(OwnerCallbackService callbacks) {
    this.callbacks = callbacks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Optional<OwnerCallback> planned = callbacks.plan(execution.getProcessInstanceId(),
        (String) execution.getVariable(Var.PLANNED_BY));
    execution.setVariable(Var.PLANNED, planned.isPresent());
    planned.ifPresent(callback -> {
      execution.setProcessBusinessKey(callback.number());
      execution.setVariable(Var.CALLBACK_NUMBER, callback.number());
      execution.setVariable(Var.UNIT, callback.unit());
      execution.setVariable(Var.PROBLEM_SUMMARY, callbacks.summary(callback));
    });
  }
}
