package com.wuye.bpm.renovation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/** What a person and the job executor do in the integration tests: complete a task, run the async jobs. */
final class EngineSteps {

  private EngineSteps() {}

  static void complete(ProcessEngine engine, String instanceId, String taskKey, Map<String, Object> answers) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    engine.getTaskService().complete(task.getId(), answers);
  }

  /** Executes the async continuations (not the timers) of the instance, as the job executor would. */
  static void runJobs(ProcessEngine engine, String instanceId) {
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instanceId).messages().list()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }
}
