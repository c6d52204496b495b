package com.wuye.bpm.security;

import com.wuye.bpm.support.EngineSteps;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;

/** What the security flows' integration tests do with the engine: start as a user, complete tasks, run jobs. */
abstract class SecurityFlowIntegrationTest extends SpringIntegrationTest {

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Starts the process as the user of the group, as Tasklist would (the initiator is the user). */
  protected ProcessInstance startAs(String processKey, String user, String group, Map<String, Object> variables) {
    processEngine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return processEngine.getRuntimeService().startProcessInstanceByKey(processKey, variables);
    } finally {
      processEngine.getIdentityService().clearAuthentication();
    }
  }

  protected String variable(ProcessInstance instance, String name) {
    return (String) processEngine.getRuntimeService().getVariable(instance.getId(), name);
  }

  protected void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    EngineSteps.complete(processEngine, instance.getId(), taskKey, variables);
  }

  /**
   * Every value the engine keeps of the instance (live variables, historic variable instances and the history's
   * detail rows), as text: what {@code /engine-rest/variable-instance} and {@code /engine-rest/history/...} show.
   */
  protected List<String> valuesKeptByTheEngine(ProcessInstance instance) {
    List<String> values = new java.util.ArrayList<>();
    processEngine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instance.getId()).list()
        .forEach(v -> values.add(String.valueOf(v.getValue())));
    processEngine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .includeDeleted().list().forEach(v -> values.add(String.valueOf(v.getValue())));
    processEngine.getHistoryService().createHistoricDetailQuery().processInstanceId(instance.getId()).list()
        .forEach(d -> values.add(d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate u
            ? String.valueOf(u.getValue()) : d.toString()));
    return values;
  }

  /** Runs the instance's due jobs (the job executor is off in tests). */
  protected void runJobs(ProcessInstance instance) {
    EngineSteps.runDueJobs(processEngine, instance.getId());
  }
}
