package com.wuye.bpm.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.BadInputException;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * What people and the job executor do to a supervision case in the integration tests, by the case's business key (a
 * case runs in its own instance and its rectification follow-up's): complete a task as a user, move the clock, run
 * the jobs that are due.
 */
final class SupervisionCases {

  private final ProcessEngine engine;

  SupervisionCases(ProcessEngine engine) {
    this.engine = engine;
  }

  List<Task> tasks(String businessKey, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
        .taskDefinitionKey(taskKey).orderByTaskId().asc().list();
  }

  Task task(String businessKey, String taskKey) {
    List<Task> tasks = tasks(businessKey, taskKey);
    assertThat(tasks).as("open task %s of %s", taskKey, businessKey).hasSize(1);
    return tasks.get(0);
  }

  /** Completes the case's one open task with that key as {@code user}, with what the form submits. */
  void complete(String businessKey, String taskKey, String user, Map<String, Object> variables) {
    complete(task(businessKey, taskKey), user, variables);
  }

  void complete(Task task, String user, Map<String, Object> variables) {
    var identity = engine.getIdentityService();
    identity.setAuthentication(user, engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(g -> g.getId()).toList());
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Starts a flow at its start event as {@code user} (in their groups), as Tasklist would. */
  String start(String processKey, String user, Map<String, Object> variables) {
    var identity = engine.getIdentityService();
    identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
        .map(g -> g.getId()).toList());
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(processKey, variables).getBusinessKey();
    } finally {
      identity.clearAuthentication();
    }
  }

  void moveClock(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }

  /** Runs every job of the case's instances that is due. */
  void runDueJobs(String businessKey) {
    var management = engine.getManagementService();
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey).list()
        .forEach(instance -> management.createJobQuery().processInstanceId(instance.getId()).executable().list()
            .forEach(job -> management.executeJob(job.getId())));
  }

  /** The call is refused with a bad-input answer naming the field (as thrown, or inside the engine's exception). */
  static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    assertThatThrownBy(call).satisfies(thrown -> {
      Throwable root = thrown;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      assertThat(root).isInstanceOf(BadInputException.class).hasMessageContaining(field);
    });
  }

  boolean ended(String processInstanceId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .singleResult().getEndTime() != null;
  }
}
