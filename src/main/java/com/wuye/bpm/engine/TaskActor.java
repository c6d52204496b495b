package com.wuye.bpm.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;

/** Who is doing a user task: its assignee, or else the user logged in to Tasklist or the REST API. */
public final class TaskActor {

  private TaskActor() {}

  public static String of(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    var authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }
}
