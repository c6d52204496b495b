package com.wuye.bpm.api;

import com.wuye.bpm.engine.AuthenticatedCalls;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.springframework.stereotype.Service;

/**
 * Starts a flow for a caller of {@code /api} under the caller's engine authentication, as Tasklist and
 * {@code /engine-rest} do: the model's {@code camunda:candidateStarterGroups} (granted as CREATE_INSTANCE by the
 * organisation set-up) decides who may start it, and the history records the caller as the start user. A caller
 * outside the starter groups gets {@link ForbiddenException} (403); nothing is written when the caller's
 * transaction rolls back with it (every {@code /api} start runs in one).
 */
@Service
public class FlowStarter {

  private final RuntimeService runtime;
  private final AuthenticatedCalls calls;

  FlowStarter(RuntimeService runtime, AuthenticatedCalls calls) {
    this.runtime = runtime;
    this.calls = calls;
  }

  /** Starts {@code processKey} at its start event, with a business key when the caller has one. */
  public ProcessInstanceWithVariables start(ApiUser user, String processKey, String businessKey,
      Map<String, Object> variables) {
    try {
      return calls.as(user.id(), user.groupIds(), () -> {
        ProcessInstantiationBuilder start = runtime.createProcessInstanceByKey(processKey).setVariables(variables);
        if (businessKey != null) {
          start.businessKey(businessKey);
        }
        return start.executeWithVariablesInReturn();
      });
    } catch (AuthorizationException e) {
      throw new ForbiddenException("用户 " + user.id() + " 无权发起流程 " + processKey
          + " (not in the model's candidate starter groups)");
    }
  }
}
