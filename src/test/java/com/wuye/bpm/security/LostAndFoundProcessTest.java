package com.wuye.bpm.security;

import static com.wuye.bpm.security.LostAndFoundProcess.Element.*;
import static com.wuye.bpm.security.LostAndFoundProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path of lost-and-found (§5.5.3) with stand-in delegates; the retention timer with the clock moved. */
@Deployment(resources = "bpmn/lost-and-found.bpmn")
class LostAndFoundProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder("process-test.cfg.xml").build();

  private static final Duration RETENTION = Duration.ofDays(90);
  private final Date start = new Date(1_795_000_000_000L);

  @BeforeEach
  void standIns() {
    BpmnAwareTests.init(engine.getProcessEngine());
    ClockUtil.setCurrentTime(start);
    Mocks.register("recordFoundItemDelegate", (JavaDelegate) execution -> {
      execution.setProcessBusinessKey("SW-2026-00001");
      execution.setVariable(Var.FOUND_ITEM_NUMBER, "SW-2026-00001");
      execution.setVariable(Var.RETENTION_DEADLINE, at(RETENTION));
    });
    Mocks.register("notifyOwnerOfFoundItemDelegate", (JavaDelegate) execution -> { });
    Mocks.register("archiveFoundItemDelegate", (JavaDelegate) execution -> { });
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  @Test
  void handsBackToKnownOwnerAfterNotifyingThem() {
    ProcessInstance instance = start(FoundItemFixtures.walletOfKnownOwner());
    assertThat(instance).isWaitingAt(NOTIFY_OWNER).hasBusinessKey("SW-2026-00001");
    execute(job(instance));

    assertThat(instance).isWaitingAt(HAND_BACK_ITEM);
    assertThat(task(instance)).hasCandidateGroup("customer-service").hasDueDate(at(RETENTION));
    complete(FoundItemFixtures.claim());

    assertThat(instance).isEnded().hasPassed(FOUND_ITEM_CLOSED).hasNotPassed(POST_NOTICE, DISPOSE_ITEM);
    assertThat(instance).hasPassedInOrder(NOTIFY_OWNER, HAND_BACK_ITEM, ARCHIVE_FOUND_ITEM);
  }

  @Test
  void postsANoticeWhenTheOwnerIsUnknown() {
    ProcessInstance instance = start(FoundItemFixtures.umbrella());
    assertThat(instance).isWaitingAt(POST_NOTICE);
    assertThat(task(instance)).hasCandidateGroup("security");
    complete(FoundItemFixtures.posted());
    complete(FoundItemFixtures.claim());

    assertThat(instance).isEnded().hasNotPassed(NOTIFY_OWNER, DISPOSE_ITEM);
    assertThat(instance).hasPassedInOrder(POST_NOTICE, HAND_BACK_ITEM, ARCHIVE_FOUND_ITEM);
  }

  @Test
  void disposesOfTheItemWhenUnclaimedAfterRetention() {
    ProcessInstance instance = start(FoundItemFixtures.umbrella());
    complete(FoundItemFixtures.posted());

    ClockUtil.setCurrentTime(at(RETENTION.minusMinutes(1)));
    assertThat(dueTimers()).isZero();
    ClockUtil.setCurrentTime(at(RETENTION.plusMinutes(1)));
    execute(job(instance));

    assertThat(instance).isWaitingAt(DISPOSE_ITEM).hasPassed(RETENTION_EXPIRED);
    assertThat(task(instance)).hasCandidateGroup("security");
    complete(FoundItemFixtures.disposal());
    assertThat(instance).isEnded().hasPassed(FOUND_ITEM_CLOSED);
    assertThat(instance).hasPassedInOrder(POST_NOTICE, DISPOSE_ITEM, ARCHIVE_FOUND_ITEM);
  }

  private ProcessInstance start(Map<String, Object> variables) {
    return engine.getProcessEngine().getRuntimeService().startProcessInstanceByKey(LostAndFoundProcess.KEY, variables);
  }

  private void complete(Map<String, Object> variables) {
    var tasks = engine.getProcessEngine().getTaskService();
    tasks.complete(tasks.createTaskQuery().singleResult().getId(), variables);
  }

  private long dueTimers() {
    return engine.getProcessEngine().getManagementService().createJobQuery().timers().executable().count();
  }

  private Date at(Duration sinceStart) {
    return new Date(start.getTime() + sinceStart.toMillis());
  }
}
