package com.wuye.bpm.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/** Completes the tasks of the quality flows in tests: one open task by key, with what its form submits. */
final class QualityTasks {

  private QualityTasks() {}

  /** Completes the one open task with that key (process tests: one instance per test). */
  static void complete(ProcessEngine engine, String taskKey, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    engine.getTaskService().complete(task.getId(), variables);
  }

  static void completeHappy(ProcessEngine engine, Function<String, Map<String, Object>> completion,
      String... taskKeys) {
    for (String key : taskKeys) {
      complete(engine, key, completion.apply(key));
    }
  }

  /** Executes the one executable job (an async continuation or a timer that is due). */
  static void executeJob(ProcessEngine engine) {
    ManagementService management = engine.getManagementService();
    Job job = management.createJobQuery().executable().singleResult();
    assertThat(job).as("an executable job").isNotNull();
    management.executeJob(job.getId());
  }

  /**
   * Integration tests (shared database, job executor off): completes the instance's open task with that key, then
   * runs the jobs the completion left due.
   */
  static void completeAndRunJobs(ProcessEngine engine, String instance, String taskKey,
      Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("task " + taskKey).isNotNull();
    engine.getTaskService().complete(task.getId(), variables);
    runJobs(engine, instance);
  }

  static void runJobs(ProcessEngine engine, String instance) {
    ManagementService management = engine.getManagementService();
    management.createJobQuery().processInstanceId(instance).executable().list()
        .forEach(job -> management.executeJob(job.getId()));
  }
}
