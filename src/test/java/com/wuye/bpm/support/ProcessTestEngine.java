package com.wuye.bpm.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * The in-memory engine of a process path test (no Spring; delegates are stand-ins registered with {@link #mock}),
 * with process test coverage and a threshold per test class that fails the build when a path loses its test:
 * <pre>
 * {@literal @}Deployment(resources = {"bpmn/complaint-handling.bpmn", "dmn/complaint-classification.dmn"})
 * class ComplaintHandlingProcessTest {
 *   {@literal @}RegisterExtension
 *   static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(0.95);
 *   ...
 *   ProcessInstance instance = engine.start(ComplaintHandlingProcess.KEY, ComplaintFixtures.repairDelay());
 *   engine.complete(instance, Element.CALLBACK, Map.of(Var.SATISFIED, true));
 * </pre>
 * When a test's instance is created (before its {@code @BeforeEach}) the clock stands at {@link #START} and
 * bpm-assert uses this engine; after the test, mocks and the clock are reset.
 */
public final class ProcessTestEngine implements BeforeAllCallback, AfterAllCallback, TestInstancePostProcessor,
    BeforeTestExecutionCallback, AfterTestExecutionCallback, ParameterResolver, TestWatcher {

  /** Where the clock stands when a test begins: 2026-11-18 12:26:40 in the company's zone, a Wednesday. */
  public static final Date START = new Date(1_795_000_000_000L);

  private final ProcessEngineCoverageExtension coverage;

  private ProcessTestEngine(double minimumCoverage) {
    this.coverage = ProcessEngineCoverageExtension.builder("process-test.cfg.xml")
        .assertClassCoverageAtLeast(minimumCoverage).build();
  }

  /** An engine whose test class must cover at least this share (0..1) of its models' elements and flows. */
  public static ProcessTestEngine coverageAtLeast(double minimumCoverage) {
    return new ProcessTestEngine(minimumCoverage);
  }

  public ProcessEngine processEngine() {
    return coverage.getProcessEngine();
  }

  /** Registers a stand-in for a delegate bean the model names ({@code ${recordComplaintDelegate}}). */
  public void mock(String beanName, JavaDelegate delegate) {
    Mocks.register(beanName, delegate);
  }

  /** Registers a stand-in for a task listener or any other bean the model names. */
  public void mock(String beanName, TaskListener listener) {
    Mocks.register(beanName, listener);
  }

  public void mock(String beanName, Object bean) {
    Mocks.register(beanName, bean);
  }

  public ProcessInstance start(String processKey, Map<String, Object> variables) {
    return processEngine().getRuntimeService().startProcessInstanceByKey(processKey, variables);
  }

  public ProcessInstance start(String processKey, String businessKey, Map<String, Object> variables) {
    return processEngine().getRuntimeService().startProcessInstanceByKey(processKey, businessKey, variables);
  }

  /** The instance's one open task with that key (fails when there is none). */
  public Task task(ProcessInstance instance, String taskKey) {
    Task task = processEngine().getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as("open task %s", taskKey).isNotNull();
    return task;
  }

  /** Completes the instance's open task with that key with what its form submits. */
  public void complete(ProcessInstance instance, String taskKey, Map<String, Object> variables) {
    processEngine().getTaskService().complete(task(instance, taskKey).getId(), variables);
  }

  /** Completes the instance's open tasks with these keys one after another, each with what its form submits. */
  public void completeAll(ProcessInstance instance, Map<String, Map<String, Object>> completions,
      String... taskKeys) {
    for (String key : taskKeys) {
      complete(instance, key, completions.getOrDefault(key, Map.of()));
    }
  }

  /** Moves the engine's clock forward. */
  public void moveClock(Duration duration) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + duration.toMillis()));
  }

  public void setClock(Date time) {
    ClockUtil.setCurrentTime(time);
  }

  /** Runs the instance's jobs that are due (asynchronous continuations and timers whose time has come). */
  public int runDueJobs(ProcessInstance instance) {
    var management = processEngine().getManagementService();
    var jobs = management.createJobQuery().processInstanceId(instance.getId()).executable().list();
    jobs.forEach(job -> management.executeJob(job.getId()));
    return jobs.size();
  }

  /** Runs every job that is due, of any instance, until none is left (at most 100 rounds). */
  public void runAllDueJobs() {
    var management = processEngine().getManagementService();
    for (int round = 0; round < 100; round++) {
      var jobs = management.createJobQuery().executable().list();
      if (jobs.isEmpty()) {
        return;
      }
      for (Job job : jobs) {
        management.executeJob(job.getId());
      }
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    coverage.beforeAll(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    coverage.afterAll(context);
  }

  @Override
  public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
    coverage.postProcessTestInstance(testInstance, context);
    BpmnAwareTests.init(processEngine());
    ClockUtil.setCurrentTime(START);
  }

  @Override
  public void beforeTestExecution(ExtensionContext context) {
    coverage.beforeTestExecution(context);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    try {
      coverage.afterTestExecution(context);
    } finally {
      Mocks.reset();
      ClockUtil.reset();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return coverage.supportsParameter(parameter, context);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context)
      throws ParameterResolutionException {
    return coverage.resolveParameter(parameter, context);
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    coverage.testFailed(context, cause);
  }
}
