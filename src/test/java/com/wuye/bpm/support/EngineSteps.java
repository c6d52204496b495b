package com.wuye.bpm.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * What people and the job executor do in the tests: complete an open task with what its form submits, run the
 * jobs an instance has left. Process tests (one instance per test) name the task by key alone; integration tests
 * (a shared database, the job executor off) name the instance too.
 */
public final class EngineSteps {

  private EngineSteps() {}

  /** Completes the one open task with that key (process tests: one instance per test). */
  public static void complete(ProcessEngine engine, String taskKey, Map<String, Object> variables) {
    completeOne(engine, engine.getTaskService().createTaskQuery(), taskKey, variables);
  }

  /** Completes the instance's open task with that key. */
  public static void complete(ProcessEngine engine, String instanceId, String taskKey,
      Map<String, Object> variables) {
    completeOne(engine, engine.getTaskService().createTaskQuery().processInstanceId(instanceId), taskKey, variables);
  }

  /**
   * Completes the instance's open task with that key as {@code user} of {@code group}, who must see it and claims it
   * first, as in Tasklist.
   */
  public static void completeAs(ProcessEngine engine, String user, String group, String instanceId, String taskKey,
      Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey)
          .singleResult();
      assertThat(task).as("%s sees %s", user, taskKey).isNotNull();
      engine.getTaskService().claim(task.getId(), user);
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Completes the open tasks with these keys, one after the other, each with what {@code completion} gives. */
  public static void completeAll(ProcessEngine engine, Function<String, Map<String, Object>> completion,
      String... taskKeys) {
    for (String key : taskKeys) {
      complete(engine, key, completion.apply(key));
    }
  }

  /** Completes the instance's open task with that key, then runs the jobs the completion left due. */
  public static void completeAndRunDueJobs(ProcessEngine engine, String instanceId, String taskKey,
      Map<String, Object> variables) {
    complete(engine, instanceId, taskKey, variables);
    runDueJobs(engine, instanceId);
  }

  /** Executes the one executable job (an asynchronous continuation or a timer that is due). */
  public static void executeJob(ProcessEngine engine) {
    ManagementService management = engine.getManagementService();
    Job job = management.createJobQuery().executable().singleResult();
    assertThat(job).as("an executable job").isNotNull();
    management.executeJob(job.getId());
  }

  /** Executes the instance's asynchronous continuations (not its timers), as the job executor would. */
  public static void runAsyncJobs(ProcessEngine engine, String instanceId) {
    ManagementService management = engine.getManagementService();
    management.createJobQuery().processInstanceId(instanceId).messages().list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  /** Executes the instance's jobs that are due: asynchronous continuations and timers whose time has come. */
  public static void runDueJobs(ProcessEngine engine, String instanceId) {
    ManagementService management = engine.getManagementService();
    management.createJobQuery().processInstanceId(instanceId).executable().list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  private static void completeOne(ProcessEngine engine, TaskQuery query, String taskKey,
      Map<String, Object> variables) {
    Task task = query.taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    engine.getTaskService().complete(task.getId(), variables);
  }

  /**
   * Starts an instance of {@code processKey} at {@code activityId} as an administrator may (issue 20.1: a start
   * that skips the steps before it), with the business key of an existing record, and runs the jobs it leaves.
   * Returns the root cause of the first refusal (null when nothing refused); the instance is deleted afterwards so
   * that no failed job stays behind.
   */
  public static Throwable startAtAsAdministrator(ProcessEngine engine, String processKey, String businessKey,
      String activityId, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication("demo", List.of("camunda-admin"));
    String instanceId = null;
    try {
      instanceId = engine.getRuntimeService().createProcessInstanceByKey(processKey).businessKey(businessKey)
          .setVariables(variables).startBeforeActivity(activityId).execute().getId();
      for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instanceId).list()) {
        engine.getManagementService().executeJob(job.getId());
      }
      return null;
    } catch (RuntimeException refused) {
      return rootCause(refused);
    } finally {
      if (instanceId != null
          && engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count() > 0) {
        engine.getRuntimeService().deleteProcessInstance(instanceId, "test: started at a later activity");
      }
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static Throwable rootCause(Throwable thrown) {
    Throwable cause = thrown;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }
}
