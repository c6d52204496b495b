package com.wuye.bpm.casefile;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.engine.AuthenticatedCalls;
import com.wuye.bpm.engine.TaskActor;
import com.wuye.bpm.engine.UserTaskListeners;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The one task listener of every user task of every process (the engine attaches it when it reads a model, so a
 * model cannot forget it): on completion it refuses a changed case number, checks the fields the flow declared
 * (Tasklist validates in the browser only), runs the flow's action and keeps the step in the case file; on
 * creation it runs the flow's action for new tasks. Tasks that a flow does not declare are kept as plain steps.
 */
@Component
public class TaskStepRecorder implements UserTaskListeners {

  private static final Logger log = LoggerFactory.getLogger(TaskStepRecorder.class);

  private final CaseFile caseFile;
  private final Map<String, FlowTasks> flows = new HashMap<>();
  private final Map<String, TaskSteps> declarations = new HashMap<>();

  TaskStepRecorder(CaseFile caseFile, List<FlowTasks> flows) {
    this.caseFile = caseFile;
    for (FlowTasks flow : flows) {
      if (this.flows.put(flow.processKey(), flow) != null) {
        throw new IllegalStateException("two FlowTasks beans for " + flow.processKey());
      }
      TaskSteps steps = new TaskSteps();
      flow.declare(steps);
      declarations.put(flow.processKey(), steps);
    }
  }

  /** Decision that orders the Tasklist: urgent cases and the general manager's approvals first. */
  static final String TASK_PRIORITY_DECISION = "task-priority";

  /** The case's priority as its flow keeps it (complaint-classification: high; repair-priority: urgent). */
  static final String CASE_PRIORITY_VARIABLE = "priority";

  /** Sets the new task's priority from the decision {@value #TASK_PRIORITY_DECISION}; the rules are in DMN. */
  private static void prioritise(DelegateTask task) {
    String candidateGroup = task.getCandidates().stream().map(IdentityLink::getGroupId)
        .filter(Objects::nonNull).sorted().findFirst().orElse("");
    Object casePriority = task.getVariable(CASE_PRIORITY_VARIABLE);
    Map<String, Object> inputs = Map.of("candidateGroup", candidateGroup,
        "casePriority", casePriority == null ? "" : casePriority.toString());
    // the engine's own ordering, not the clerk's act: no decision permission needed (like a business rule task)
    java.util.function.Supplier<Object> evaluation = () -> task.getProcessEngineServices().getDecisionService()
        .evaluateDecisionByKey(TASK_PRIORITY_DECISION).variables(inputs).evaluate()
        .getSingleResult().getSingleEntry();
    Object priority = AuthenticatedCalls.withoutAuthorization(evaluation);
    if (priority instanceof Number number) {
      task.setPriority(number.intValue());
    }
  }

  @Override
  public TaskListener listenerFor(String processKey) {
    return task -> notify(processKey, task);
  }

  void notify(String processKey, DelegateTask task) {
    String businessKey = task.getExecution().getProcessBusinessKey();
    TaskSteps steps = declarations.get(processKey);
    TaskSteps.Step step = steps == null ? null : steps.find(task.getTaskDefinitionKey());
    String actor = TaskActor.of(task);
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      prioritise(task);
      if (step != null) {
        step.created(new TaskStepContext(businessKey, processKey, FormValues.of(task), task, actor));
      }
      return;
    }
    if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      return;
    }
    refuseChangedNumber(processKey, businessKey, task);
    FormValues values = FormValues.of(task);
    String note = step == null ? null : step.read(values);
    values.check();
    if (step != null) {
      step.completed(new TaskStepContext(businessKey, processKey, values, task, actor));
    }
    if (businessKey == null) {
      log.warn("{} task {} of instance {} has no business key: step not kept in the case file", processKey,
          task.getTaskDefinitionKey(), task.getProcessInstanceId());
      return;
    }
    caseFile.record(businessKey, processKey, task.getTaskDefinitionKey(), task.getName(), task.getId(), actor, note);
  }

  private void refuseChangedNumber(String processKey, String businessKey, DelegateTask task) {
    FlowTasks flow = flows.get(processKey);
    String variable = flow == null ? null : flow.recordVariable();
    if (variable == null || businessKey == null) {
      return;
    }
    Object value = task.getExecution().getVariable(variable);
    if (value != null && !Objects.equals(value.toString(), businessKey)) {
      log.warn("{} by {} tried to change {} of {} to {}: refused", task.getTaskDefinitionKey(), TaskActor.of(task),
          variable, businessKey, value);
      throw new BadInputException(variable, "记录编号不能更改 (the case number cannot be changed)");
    }
  }
}
