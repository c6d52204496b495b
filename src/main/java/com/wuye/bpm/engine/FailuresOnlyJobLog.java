package com.wuye.bpm.engine;

import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The engine's history as the history level ({@code full}) writes it, but for the job log, which keeps the failures
 * of jobs (each with its stack trace: what an operator looks for when a timer or a retry went wrong) and not that a
 * job was created, ran or was removed. Every timer of every instance does those three, and the activity history
 * shows them already (the timer event started; it ended, or a payment cancelled it). What that saves is in
 * docs/benchmarks.md. Used instead of the engine's own history handler
 * ({@code enableDefaultDbHistoryEventHandler: false} in application.yaml); the starter finds it as a bean.
 */
@Component
final class FailuresOnlyJobLog extends DbHistoryEventHandler {

  @Override
  public void handleEvent(HistoryEvent event) {
    if (!(event instanceof HistoricJobLogEvent log) || log.isFailureLog()) {
      super.handleEvent(event);
    }
  }
}
