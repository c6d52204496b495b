package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.ConstructionPassProcess.Var;

import com.wuye.bpm.engine.AuthenticatedCalls;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the full ID numbers of the workers out of the engine's history (issue 4: "shown masked everywhere but the
 * database"). With history level full, the workers as submitted at the desk stay in ACT_HI_VARINST and ACT_HI_DETAIL
 * (readable through {@code /engine-rest/history/...} by anyone with READ_HISTORY) even after the process variable
 * was replaced with masked numbers. Once the masked variable is set, the historic {@code workers} variable
 * instances of the process instance are deleted with their details, and the masked value is set anew.
 *
 * <p>The submission and the issuing run in one engine command (the issuing service task is synchronous), so at
 * that point the submission's history rows are still in the command's cache and no query finds them. The purge
 * therefore runs just before the transaction commits, after the engine has flushed its rows, in the same
 * transaction: the submission, the passes and the purge are committed together or not at all.
 */
@Component
class WorkerRegistrationHistory {

  private final HistoryService history;
  private final RuntimeService runtime;
  private final AuthenticatedCalls calls;

  WorkerRegistrationHistory(HistoryService history, RuntimeService runtime, AuthenticatedCalls calls) {
    this.history = history;
    this.runtime = runtime;
    this.calls = calls;
  }

  /** Purges before the current transaction commits, or now when there is no transaction to wait for. */
  void purgeBeforeCommit(String processInstanceId) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          purge(processInstanceId);
        }
      });
    } else {
      purge(processInstanceId);
    }
  }

  /**
   * Deletes every historic {@code workers} variable instance of the process instance (process or task scope) with
   * its details, and sets the live (masked) value again as a new variable. The engine keeps one variable instance
   * (and so one historic instance) for a name within one command, even when the variable is removed and set again,
   * and the history of a variable cannot be cut short: hence removing, deleting and setting in commands of their
   * own. Deleting the history of a live variable instead would leave a runtime variable whose later history
   * updates find no row.
   */
  void purge(String processInstanceId) {
    // a system action, not the user's: the user who completed the task need not hold DELETE_HISTORY
    calls.asSystem(() -> {
      boolean running = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
      TypedValue masked = running ? runtime.getVariableTyped(processInstanceId, Var.WORKERS) : null;
      if (masked != null) {
        runtime.removeVariable(processInstanceId, Var.WORKERS);
      }
      for (HistoricVariableInstance old : history.createHistoricVariableInstanceQuery()
          .processInstanceId(processInstanceId).variableName(Var.WORKERS).includeDeleted()
          .disableCustomObjectDeserialization().list()) {
        history.deleteHistoricVariableInstance(old.getId());
      }
      if (masked != null) {
        runtime.setVariable(processInstanceId, Var.WORKERS, masked);
      }
    });
  }
}
