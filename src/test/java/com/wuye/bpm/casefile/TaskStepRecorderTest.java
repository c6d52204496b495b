package com.wuye.bpm.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.wuye.bpm.api.BadInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one recorder of every user task: fields checked, case numbers kept, the flow's actions run, steps kept. */
class TaskStepRecorderTest {

  private static final String KEY = "TS-2026-000001";

  private final CaseFile caseFile = mock(CaseFile.class);
  private final List<String> actions = new ArrayList<>();
  private final Map<String, Object> variables = new HashMap<>();
  private TaskListener recorder;

  @BeforeEach
  void flow() {
    FlowTasks flow = new FlowTasks() {
      @Override
      public String processKey() {
        return "complaint-handling";
      }

      @Override
      public void declare(TaskSteps steps) {
        steps.task("acknowledge-complaint").note("investigation", 20)
            .onComplete(c -> actions.add("acknowledged " + c.businessKey() + " by " + c.actor()));
        steps.task("escalate-overdue-complaint").onCreate(c -> actions.add("escalated " + c.businessKey()));
        steps.task("review-reopened-complaint").decision("approved");
      }

      @Override
      public String recordVariable() {
        return "complaintNumber";
      }
    };
    recorder = new TaskStepRecorder(caseFile, List.of(flow)).listenerFor("complaint-handling");
    variables.put("complaintNumber", KEY);
  }

  @Test
  void keepsTheStepWithItsNoteAfterTheFlowsAction() {
    variables.put("investigation", "  到场查看 ");

    recorder.notify(task("acknowledge-complaint", TaskListener.EVENTNAME_COMPLETE));

    assertThat(actions).containsExactly("acknowledged " + KEY + " by gongcheng");
    verify(caseFile).record(KEY, "complaint-handling", "acknowledge-complaint", "受理并现场了解", "task-1",
        "gongcheng", "到场查看");
  }

  @Test
  void refusesAMissingOrOverlongNoteAndWritesNothing() {
    assertThatThrownBy(() -> recorder.notify(task("acknowledge-complaint", TaskListener.EVENTNAME_COMPLETE)))
        .isInstanceOf(BadInputException.class).hasMessageContaining("investigation");
    variables.put("investigation", "很长".repeat(11));
    assertThatThrownBy(() -> recorder.notify(task("acknowledge-complaint", TaskListener.EVENTNAME_COMPLETE)))
        .isInstanceOf(BadInputException.class);

    assertThat(actions).isEmpty();
    verify(caseFile, never()).record(any(), any(), any(), any(), any(), any(), any());
  }

  @Test
  void refusesACompletionThatChangesTheCaseNumber() {
    variables.put("investigation", "到场查看");
    variables.put("complaintNumber", "TS-2026-000999");

    assertThatThrownBy(() -> recorder.notify(task("acknowledge-complaint", TaskListener.EVENTNAME_COMPLETE)))
        .isInstanceOf(BadInputException.class).hasMessageContaining("complaintNumber");
    assertThat(actions).isEmpty();
    verify(caseFile, never()).record(any(), any(), any(), any(), any(), any(), any());
  }

  @Test
  void runsTheCreateActionAndKeepsNoStepForANewTask() {
    recorder.notify(task("escalate-overdue-complaint", TaskListener.EVENTNAME_CREATE));

    assertThat(actions).containsExactly("escalated " + KEY);
    verify(caseFile, never()).record(any(), any(), any(), any(), any(), any(), any());
  }

  @Test
  void keepsAnUndeclaredTaskAsAPlainStep() {
    recorder.notify(task("record-handling-result", TaskListener.EVENTNAME_COMPLETE));

    verify(caseFile).record(KEY, "complaint-handling", "record-handling-result", "受理并现场了解", "task-1",
        "gongcheng", null);
  }

  @Test
  void requiresAnExplicitDecisionAndKeepsItAsABoolean() {
    assertThatThrownBy(() -> recorder.notify(task("review-reopened-complaint", TaskListener.EVENTNAME_COMPLETE)))
        .isInstanceOf(BadInputException.class).hasMessageContaining("approved");
    verify(caseFile, never()).record(any(), any(), any(), any(), any(), any(), any());

    variables.put("approved", "false");
    DelegateTask task = task("review-reopened-complaint", TaskListener.EVENTNAME_COMPLETE);
    recorder.notify(task);

    verify(task).setVariable("approved", false);
  }

  private DelegateTask task(String key, String event) {
    DelegateTask task = mock(DelegateTask.class);
    DelegateExecution execution = mock(DelegateExecution.class);
    when(task.getExecution()).thenReturn(execution);
    when(task.getProcessEngineServices()).thenReturn(
        mock(org.camunda.bpm.engine.ProcessEngineServices.class, org.mockito.Mockito.RETURNS_DEEP_STUBS));
    when(execution.getProcessBusinessKey()).thenReturn(KEY);
    when(execution.getVariable(any())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    when(task.getVariable(any())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    when(task.getTaskDefinitionKey()).thenReturn(key);
    when(task.getEventName()).thenReturn(event);
    when(task.getName()).thenReturn("受理并现场了解");
    when(task.getId()).thenReturn("task-1");
    when(task.getAssignee()).thenReturn("gongcheng");
    return task;
  }
}
