package com.wuye.bpm.security;

import com.wuye.bpm.engine.AuthenticatedCalls;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps full ID numbers (身份证件号码) of card holders, claimants and screened persons in the domain tables only
 * (issue 20 point 5): the process variable that brought a number in (start form, task completion) is replaced by
 * its masked form, and the engine's history of that variable (ACT_HI_VARINST and ACT_HI_DETAIL, readable through
 * {@code /engine-rest/history/...}) is deleted and written again with the masked value only.
 *
 * <p>The number arrives in the same engine command that stores it (a start or a completion), so its history rows
 * are still in the command's cache when the delegate or listener runs: the purge runs just before the transaction
 * commits, after the engine has flushed, in the same transaction. The same mechanism exists in the renovation
 * feature for the workers of construction passes; the two are meant to become one shared mechanism.
 */
@Component
class IdNumberPrivacy {

  private final HistoryService history;
  private final RuntimeService runtime;
  private final AuthenticatedCalls calls;

  IdNumberPrivacy(HistoryService history, RuntimeService runtime, AuthenticatedCalls calls) {
    this.history = history;
    this.runtime = runtime;
    this.calls = calls;
  }

  /** The first three and the last four characters, the rest starred; a short number is starred entirely. */
  static String mask(String idNumber) {
    if (idNumber == null) {
      return null;
    }
    if (idNumber.length() < 8) {
      return "*".repeat(8);
    }
    return idNumber.substring(0, 3) + "*".repeat(idNumber.length() - 7) + idNumber.substring(idNumber.length() - 4);
  }

  /**
   * Leaves only the masked form of {@code variable} in the process instance and its history, before the current
   * transaction commits (at once when there is none). A variable that is absent stays absent.
   */
  void keepMasked(String processInstanceId, String variable, String fullNumber) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void beforeCommit(boolean readOnly) {
          replace(processInstanceId, variable, fullNumber);
        }
      });
    } else {
      replace(processInstanceId, variable, fullNumber);
    }
  }

  /**
   * Removes the live variable, deletes every historic instance of it (process or task scope) with its details, and
   * sets the masked value anew, each in its own command: within one command the engine keeps one variable instance
   * per name even when it is removed and set again.
   */
  private void replace(String processInstanceId, String variable, String fullNumber) {
    // a system action: the user who completed the task need not hold DELETE_HISTORY
    calls.asSystem(() -> {
      boolean running = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
      if (running) {
        runtime.removeVariable(processInstanceId, variable);
      }
      for (HistoricVariableInstance old : history.createHistoricVariableInstanceQuery()
          .processInstanceId(processInstanceId).variableName(variable).includeDeleted()
          .disableCustomObjectDeserialization().list()) {
        history.deleteHistoricVariableInstance(old.getId());
      }
      if (running && fullNumber != null) {
        runtime.setVariable(processInstanceId, variable, mask(fullNumber));
      }
    });
  }
}
