package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.ConstructionPassProcess.Var;

import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 办理证件: one pass per worker; the workers variable keeps masked ID numbers and the pass numbers only, and the
 * full numbers as submitted leave the engine's history too (issue 4).
 */
@Component
class IssueConstructionPassesDelegate implements JavaDelegate {

  private final ConstructionPassService passes;
  private final WorkerRegistrationHistory history;

  IssueConstructionPassesDelegate(ConstructionPassService passes, WorkerRegistrationHistory history) {
    this.passes = passes;
    this.history = history;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<ConstructionPass> issued = passes.issue(execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
        ConstructionWorker.listFrom(execution.getVariable(Var.WORKERS)));
    List<Map<String, Object>> shown = issued.stream().map(pass -> Map.<String, Object>of(
        Var.WORKER_NAME, pass.workerName(), Var.WORKER_ID_NUMBER, pass.maskedIdNumber(),
        Var.WORKER_PHOTO_TAKEN, true, Var.WORKER_PASS_NUMBER, pass.number())).toList();
    execution.setVariable(Var.WORKERS, SpinValues.jsonValue(Spin.JSON(shown)).create());
    history.purgeBeforeCommit(execution.getProcessInstanceId());
  }
}
