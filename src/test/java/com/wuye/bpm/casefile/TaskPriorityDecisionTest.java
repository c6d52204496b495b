package com.wuye.bpm.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of dmn/task-priority.dmn: the general manager's approvals, then urgent cases, then the rest. */
class TaskPriorityDecisionTest {

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = TaskPriorityDecisionTest.class.getResourceAsStream("/dmn/task-priority.dmn")) {
      decision = dmnEngine.parseDecision(TaskStepRecorder.TASK_PRIORITY_DECISION, dmn);
    }
  }

  @ParameterizedTest(name = "general manager, case priority \"{0}\" → 90")
  @ValueSource(strings = {"", "normal", "high", "urgent"})
  void putsTheGeneralManagersApprovalsFirstWhateverTheCase(String casePriority) {
    assertThat(evaluate("general-manager", casePriority)).isEqualTo(90);
  }

  @ParameterizedTest(name = "customer service, case priority \"{0}\" → 80")
  @ValueSource(strings = {"high", "urgent"})
  void putsUrgentComplaintsAndRepairsNext(String casePriority) {
    assertThat(evaluate("customer-service", casePriority)).isEqualTo(80);
  }

  @ParameterizedTest(name = "engineering, case priority \"{0}\" → 50")
  @ValueSource(strings = {"", "normal", "low"})
  void leavesOtherTasksAtTheUsualPriority(String casePriority) {
    assertThat(evaluate("engineering", casePriority)).isEqualTo(50);
  }

  @Test
  void leavesATaskWithoutCandidateGroupAtTheUsualPriority() {
    assertThat(evaluate("", "")).isEqualTo(50);
  }

  private static Object evaluate(String candidateGroup, String casePriority) {
    return dmnEngine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("candidateGroup", candidateGroup).putValue("casePriority", casePriority))
        .getSingleResult().getSingleEntry();
  }
}
