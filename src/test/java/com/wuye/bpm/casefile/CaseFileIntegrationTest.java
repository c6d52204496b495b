package com.wuye.bpm.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.ApiUser;
import com.wuye.bpm.api.FlowStarter;
import com.wuye.bpm.api.ForbiddenException;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The case file, the starts under the caller's authentication and the one clock, in the running application. */
class CaseFileIntegrationTest extends SpringIntegrationTest {

  @Autowired CaseFile caseFile;
  @Autowired FlowStarter starter;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void keepsAStepOnceUnderItsBusinessKeyHoweverOftenItIsRecorded() {
    caseFile.record("CF-TEST-1", "lost-and-found", "post-notice", "张贴失物招领", "task-cf-1", "baoan", "第一次");
    caseFile.record("CF-TEST-1", "lost-and-found", "post-notice", "张贴失物招领", "task-cf-1", "baoan", "重复调用");

    assertThat(caseFile.steps("CF-TEST-1")).singleElement().satisfies(step -> {
      assertThat(step.step()).isEqualTo("post-notice");
      assertThat(step.actor()).isEqualTo("baoan");
      assertThat(step.note()).isEqualTo("第一次");
    });
  }

  @Test
  void keepsEveryCompletedUserTaskUnderTheInstancesBusinessKey() {
    ApiUser clerk = new ApiUser("kefu", List.of("customer-service"));
    ProcessInstance instance = starter.start(clerk, "lost-and-found", null, foundUmbrella());
    String businessKey = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getBusinessKey();
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    long before = jdbc.sql("select count(*) from case_step where business_key = ?").param(businessKey)
        .query(Long.class).single();

    taskService.complete(task.getId(), Map.of("noticePlace", "大堂公告栏"));

    assertThat(jdbc.sql("select count(*) from case_step where business_key = ?").param(businessKey)
        .query(Long.class).single()).isEqualTo(before + 1);
    assertThat(caseFile.steps(businessKey)).extracting(CaseStep::step).contains(task.getTaskDefinitionKey());
  }

  @Test
  void aCallerOutsideTheStarterGroupsIsRefusedAndNothingStarts() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("quality-review").count();
    ApiUser guard = new ApiUser("baoan", List.of("security"));

    assertThatThrownBy(() -> starter.start(guard, "quality-review", null, Map.of()))
        .isInstanceOf(ForbiddenException.class).hasMessageContaining("quality-review");

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("quality-review").count())
        .isEqualTo(before);
  }

  @Test
  void aStartUnderTheCallersAuthenticationRecordsTheStartUser() {
    ApiUser clerk = new ApiUser("kefu", List.of("customer-service"));
    long before = historyService.createHistoricProcessInstanceQuery().startedBy("kefu")
        .processDefinitionKey("lost-and-found").count();

    ProcessInstance instance = starter.start(clerk, "lost-and-found", null, foundUmbrella());

    assertThat(historyService.createHistoricProcessInstanceQuery().startedBy("kefu")
        .processDefinitionKey("lost-and-found").count()).isEqualTo(before + 1);
    runtimeService.deleteProcessInstance(instance.getId(), "test");
  }

  @Test
  void theDomainClockFollowsTheEnginesClock() {
    Instant moved = Instant.parse("2027-02-16T00:00:00Z");
    ClockUtil.setCurrentTime(Date.from(moved));

    assertThat(clock.instant()).isEqualTo(moved);
  }

  private static Map<String, Object> foundUmbrella() {
    return Map.of("itemDescription", "蓝色折叠伞", "foundPlace", "1号楼电梯", "finderName", "保洁员刘姐",
        "ownerKnown", false, "itemChecked", true);
  }
}
