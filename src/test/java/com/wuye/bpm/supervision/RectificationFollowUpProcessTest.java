package com.wuye.bpm.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.wuye.bpm.supervision.RectificationFollowUpProcess.Element;
import com.wuye.bpm.supervision.RectificationFollowUpProcess.Var;
import com.wuye.bpm.support.ProcessTestEngine;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** bpmn/rectification-follow-up.bpmn: every path, the follow-up date by moving the clock. */
@Deployment(resources = "bpmn/rectification-follow-up.bpmn")
class RectificationFollowUpProcessTest {

  @RegisterExtension
  static ProcessTestEngine engine = ProcessTestEngine.coverageAtLeast(1.0);

  private static final Duration WEEK = Duration.ofDays(7);

  /** What the stand-in of review-rectification answers, round after round: the notices still open. */
  private final Deque<List<String>> stillOpen = new ArrayDeque<>();

  @BeforeEach
  void standIns() {
    engine.mock("reviewRectificationDelegate", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
      List<String> open = stillOpen.isEmpty() ? List.of() : stillOpen.pop();
      execution.setVariable(Var.ALL_RECTIFIED, open.isEmpty());
      execution.setVariable(Var.OPEN_NOTICES, open);
      execution.setVariable(Var.DUE_AT, inAWeek());
    });
  }

  @Test
  void endsAtOnceWhenTheReportListsNoProblem() {
    issues(List.of());

    ProcessInstance instance = start();

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(Element.NOTHING_TO_RECTIFY);
  }

  @Test
  void followsUpEveryNoticeAtTheDeadlineAndEndsWhenAllAreRectified() {
    issues(List.of("ZGTZ-2026-00001", "ZGTZ-2026-00002"));
    ProcessInstance instance = start();
    BpmnAwareTests.assertThat(instance).isWaitingAt(Element.RECTIFICATION_DUE);

    engine.moveClock(WEEK.plusHours(1));
    engine.runDueJobs(instance);

    assertThat(engine.processEngine().getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskCandidateGroup("quality-center").count()).isEqualTo(2);
    followUpAll(instance);
    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(Element.RECTIFICATION_COMPLETE);
  }

  @Test
  void sendsASecondNoticeAndFollowsUpAgainWhenANoticeIsNotRectified() {
    issues(List.of("ZGTZ-2026-00001"));
    stillOpen.add(List.of("ZGTZ-2026-00001"));
    ProcessInstance instance = start();
    engine.moveClock(WEEK.plusHours(1));
    engine.runDueJobs(instance);
    followUpAll(instance);

    BpmnAwareTests.assertThat(instance).isWaitingAt(Element.RECTIFICATION_DUE);
    engine.moveClock(WEEK.plusHours(1));
    engine.runDueJobs(instance);
    followUpAll(instance);

    BpmnAwareTests.assertThat(instance).isEnded().hasPassed(Element.REVIEW_RECTIFICATION)
        .hasPassed(Element.RECTIFICATION_COMPLETE);
  }

  private void issues(List<String> notices) {
    engine.mock("issueRectificationNoticesDelegate", (org.camunda.bpm.engine.delegate.JavaDelegate) execution -> {
      execution.setVariable(Var.NOTICES_ISSUED, !notices.isEmpty());
      execution.setVariable(Var.OPEN_NOTICES, notices);
      execution.setVariable(Var.DUE_AT, inAWeek());
    });
  }

  private ProcessInstance start() {
    return engine.start(RectificationFollowUpProcess.KEY, "ZLJC-2026-00001",
        Map.of(Var.FOLLOW_UP_GROUP, "quality-center"));
  }

  private void followUpAll(ProcessInstance instance) {
    var tasks = engine.processEngine().getTaskService();
    tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(Element.FOLLOW_UP_RECTIFICATION)
        .list().forEach(task -> tasks.complete(task.getId(), Map.of(Var.RECTIFICATION_RESULT,
            RectificationFollowUpProcess.RECTIFIED, Var.FOLLOW_UP_NOTE, "已复查")));
  }

  private static Date inAWeek() {
    return new Date(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().getTime() + WEEK.toMillis());
  }
}
