package com.wuye.bpm.engine;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as a person: the engine checks that person's authorizations and records them (start user,
 * operation log). The authentication in place before (if any) is restored afterwards.
 */
@Component
public class AuthenticatedCalls {

  private final IdentityService identity;

  AuthenticatedCalls(IdentityService identity) {
    this.identity = identity;
  }

  public <T> T as(String userId, List<String> groupIds, Supplier<T> call) {
    Authentication previous = identity.getCurrentAuthentication();
    identity.setAuthentication(userId, groupIds);
    try {
      return call.get();
    } finally {
      if (previous == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(previous);
      }
    }
  }

  /**
   * Runs engine calls as the application itself, with no person's authentication: a system action that the person
   * whose request caused it need not be allowed to do. The authentication in place before is restored afterwards.
   */
  public void asSystem(Runnable calls) {
    Authentication previous = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      calls.run();
    } finally {
      if (previous != null) {
        identity.setAuthentication(previous);
      }
    }
  }

  /**
   * The groups of the person on whose behalf the engine is called now, or empty when no person is (the application
   * itself, the job executor).
   */
  public Optional<List<String>> callerGroups() {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null) {
      return Optional.empty();
    }
    return Optional.of(current.getGroupIds() == null ? List.of() : current.getGroupIds());
  }

  /**
   * Runs engine calls that are the engine's own work inside the current command (e.g. ordering a new task by a
   * decision, as a business rule task would), without checking the current user's authorizations; outside a
   * command, runs them as they are.
   */
  public static <T> T withoutAuthorization(Supplier<T> call) {
    CommandContext context = Context.getCommandContext();
    return context == null ? call.get() : context.runWithoutAuthorization(call::get);
  }
}
