package com.wuye.bpm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.support.SpringIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The job log keeps failures only; the rest of the history is written as the level {@code full} says.
 */
class FailuresOnlyJobLogTest extends SpringIntegrationTest {

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired HistoryService history;

  private String deployment;

  @AfterEach
  void undeploy() {
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void aTimerThatRunsLeavesNoJobLogAndAFailingStepLeavesItsFailures() {
    deployment = repository.createDeployment().name("job-log-test")
        .addModelInstance("job-log-test.bpmn", Bpmn.createExecutableProcess("job-log-test")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .intermediateCatchEvent("wait").timerWithDuration("PT1H")
            .serviceTask("fail").camundaAsyncBefore().camundaExpression("${noSuchBean.call()}")
            .endEvent()
            .done())
        .deploy().getId();
    String instance = runtime.startProcessInstanceByKey("job-log-test").getId();

    Job timer = management.createJobQuery().processInstanceId(instance).singleResult();
    management.executeJob(timer.getId());
    // the timer was created and ran: the activity history shows it, the job log has no row of it
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).activityId("wait")
        .finished().count()).isEqualTo(1);
    assertThat(history.createHistoricJobLogQuery().jobId(timer.getId()).count()).isZero();

    Job step = management.createJobQuery().processInstanceId(instance).singleResult();
    assertThatThrownBy(() -> management.executeJob(step.getId())).hasMessageContaining("noSuchBean");
    HistoricJobLog failure = history.createHistoricJobLogQuery().processInstanceId(instance).singleResult();
    assertThat(failure.getJobId()).isEqualTo(step.getId());
    assertThat(failure.isFailureLog()).isTrue();
    assertThat(failure.getJobExceptionMessage()).contains("noSuchBean");
    assertThat(history.getHistoricJobLogExceptionStacktrace(failure.getId())).contains("noSuchBean");

    // removing the job (the instance deleted, as a payment cancels a waiting timer) writes no job log either
    runtime.deleteProcessInstance(instance, "test");
    assertThat(history.createHistoricJobLogQuery().processInstanceId(instance).count()).isEqualTo(1);
  }
}
