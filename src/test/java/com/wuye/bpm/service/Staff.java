package com.wuye.bpm.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/** A demo user working in Tasklist: sees the instance's task through their group, claims and completes it. */
record Staff(ProcessEngine engine, String user, String group) {

  static final String KEFU = "kefu";

  Task task(String processInstanceId, String taskKey) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
          .taskDefinitionKey(taskKey).taskCandidateGroup(group).includeAssignedTasks().singleResult();
      assertThat(task).as("%s sees %s", user, taskKey).isNotNull();
      return task;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  void complete(String processInstanceId, String taskKey, Map<String, Object> variables) {
    Task task = task(processInstanceId, taskKey);
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      engine.getTaskService().claim(task.getId(), user);
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
