package com.wuye.bpm.housekeeping;

import static com.wuye.bpm.housekeeping.CleaningManagementProcess.Element.*;
import static com.wuye.bpm.housekeeping.CleaningManagementProcess.Value;
import static com.wuye.bpm.housekeeping.CleaningManagementProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.ApiUser;
import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.FlowStarter;
import com.wuye.bpm.api.ForbiddenException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.casefile.CaseFile;
import com.wuye.bpm.casefile.CaseStep;
import com.wuye.bpm.support.ApiClient;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** cleaning-management and cleaning-daily-check with the real delegates and declarations: rows, steps, refusals. */
class CleaningManagementIntegrationTest extends SpringIntegrationTest {

  private static final ApiUser SUPERVISOR = new ApiUser("guanjia-zhuguan", List.of("housekeeping-supervisor"));

  @Autowired FlowStarter starter;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired CleaningService cleaning;
  @Autowired CaseFile caseFile;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;
  @Autowired TestRestTemplate rest;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aNewVersionSupersedesTheOneInForce() {
    String first = approvedAndInForce(CleaningFixtures.regulations(), false);
    CleaningRegulations inForce = cleaning.regulations(first);
    assertThat(inForce.status()).isEqualTo(RegulationsStatus.IN_FORCE);
    assertThat(inForce.draftedBy()).isEqualTo("guanjia-zhuguan");
    complete(first, ORGANISE_REGULATIONS_STUDY, "guanjia-zhuguan", CleaningFixtures.studied());
    assertThat(cleaning.regulations(first).attendees()).isEqualTo(12);
    assertThat(cleaning.regulations(first).studiedOn()).isEqualTo(LocalDate.parse("2026-11-20"));

    Map<String, Object> improvement = new HashMap<>(CleaningFixtures.regulations());
    improvement.put(Var.REVISION_REASON, "自检多次发现电梯轿厢不洁；业主建议地下车库增加清扫");
    String second = approvedAndInForce(improvement, true);

    CleaningRegulations superseded = cleaning.regulations(first);
    CleaningRegulations current = cleaning.regulations(second);
    assertThat(superseded.status()).isEqualTo(RegulationsStatus.SUPERSEDED);
    assertThat(superseded.supersededBy()).isEqualTo(second);
    assertThat(current.status()).isEqualTo(RegulationsStatus.IN_FORCE);
    assertThat(current.version()).isEqualTo(inForce.version() + 1);
    assertThat(current.content()).contains("每日 7:00、18:00 清运");
    assertThat(current.revisionReason()).startsWith("自检多次发现");
    assertThat(caseFile.steps(second)).extracting(CaseStep::note).containsExactly("驳回：未写明垃圾清运时间",
        "修改后重新报批", "批准", "批准");
    assertThat(jdbc.sql("select count(*) from cleaning_regulations where status = 'IN_FORCE'").query(Long.class)
        .single()).isEqualTo(1);

    var answer = ApiClient.as(rest, "pinzhi-jingli").get("/api/housekeeping/cleaning-regulations/" + first);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody()).containsEntry("statusName", "已被新版取代").containsEntry("supersededBy", second);
    assertThat(ApiClient.as(rest, "baoan").get("/api/housekeeping/cleaning-regulations", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aDaysCheckIsOpenedByItsTimerAndClosedWhenBothChecksAreDone() {
    LocalDate day = freshDay();
    ClockUtil.setCurrentTime(Date.from(day.atTime(7, 30).atZone(clock.getZone()).toInstant()));
    managementService.executeJob(dailyTimer().getId());
    DailyCleaningCheck opened = cleaning.dailyChecks(day, day).get(0);
    assertThat(opened.status()).isEqualTo(DailyCheckStatus.OPEN);
    assertThat(opened.regulationsNumber()).isEqualTo(jdbc.sql(
        "select number from cleaning_regulations where status = 'IN_FORCE'").query(String.class).optional()
        .orElse(null));
    String number = opened.number();
    long steps = steps(number);

    assertThatThrownBy(() -> complete(number, SELF_CHECK_CLEANING, "guanjia",
        Map.of(Var.CHECKED_AREAS, "1-3栋大堂", Var.SELF_CHECK_RESULT, Value.FAIL)))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.SELF_CHECK_PROBLEMS);
    assertThat(steps(number)).isEqualTo(steps);
    assertThat(cleaning.dailyCheck(number).selfCheckResult()).isNull();

    complete(number, SELF_CHECK_CLEANING, "guanjia", CleaningFixtures.selfCheckFailed());
    complete(number, PRE_SHIFT_CHECK, "guanjia-zhuguan", CleaningFixtures.preShift());
    assertThat(cleaning.dailyCheck(number).status()).isEqualTo(DailyCheckStatus.OPEN);
    complete(number, IMPROVE_CLEANING_WORK, "guanjia", CleaningFixtures.improved());

    DailyCleaningCheck closed = cleaning.dailyCheck(number);
    assertThat(closed.status()).isEqualTo(DailyCheckStatus.CLOSED);
    assertThat(closed.selfCheckProblems()).isEqualTo("2栋电梯轿厢镜面有手印");
    assertThat(closed.selfCheckedBy()).isEqualTo("guanjia");
    assertThat(closed.improvement()).startsWith("已重新擦拭");
    assertThat(closed.staffPresent()).isEqualTo(12);
    assertThat(closed.ownerSuggestions()).isEqualTo("3栋业主建议地下车库增加清扫");
    assertThat(closed.preShiftBy()).isEqualTo("guanjia-zhuguan");
    assertThat(caseFile.steps(number)).extracting(CaseStep::step)
        .containsExactly(SELF_CHECK_CLEANING, PRE_SHIFT_CHECK, IMPROVE_CLEANING_WORK);
    assertThatThrownBy(() -> cleaning.improved(number, "再次改进", "guanjia"))
        .isInstanceOf(UnprocessableException.class);
    assertThat(ApiClient.as(rest, "guanjia-zhuguan").get("/api/housekeeping/daily-checks?from=" + day + "&to=" + day,
        String.class).getBody()).contains(number, "3栋业主建议地下车库增加清扫");
  }

  @Test
  void onlyTheHousekeepingSupervisorDraftsTheRegulations() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(CleaningManagementProcess.KEY)
        .count();

    assertThatThrownBy(() -> starter.start(new ApiUser("guanjia", List.of("housekeeping")),
        CleaningManagementProcess.KEY, null, CleaningFixtures.regulations())).isInstanceOf(ForbiddenException.class);

    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(CleaningManagementProcess.KEY)
        .count()).isEqualTo(before);
  }

  /** Drafts, approves (after one rejection and revision when asked) and puts the regulations in force. */
  private String approvedAndInForce(Map<String, Object> draft, boolean rejectedOnce) {
    ProcessInstance instance = starter.start(SUPERVISOR, CleaningManagementProcess.KEY, null, draft);
    String number = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey();
    assertThat(cleaning.regulations(number).status()).isEqualTo(RegulationsStatus.DRAFT);
    if (rejectedOnce) {
      complete(number, REVIEW_CLEANING_REGULATIONS, "pinzhi-jingli",
          CleaningFixtures.rejected(Var.QUALITY_APPROVAL, Var.QUALITY_APPROVAL_NOTE));
      complete(number, REVISE_CLEANING_REGULATIONS, "guanjia-zhuguan", CleaningFixtures.resubmitted());
    }
    complete(number, REVIEW_CLEANING_REGULATIONS, "pinzhi-jingli",
        CleaningFixtures.approved(Var.QUALITY_APPROVAL));
    complete(number, APPROVE_CLEANING_REGULATIONS, "zongjingli",
        CleaningFixtures.approved(Var.GENERAL_MANAGER_APPROVAL));
    return number;
  }

  /** A day after every check the database holds. */
  private LocalDate freshDay() {
    LocalDate latest = jdbc.sql("select max(check_date) from cleaning_daily_check").query(LocalDate.class).list()
        .stream().filter(Objects::nonNull).findFirst().orElse(LocalDate.now(clock));
    return (latest.isBefore(LocalDate.now(clock)) ? LocalDate.now(clock) : latest).plusDays(1);
  }

  private Job dailyTimer() {
    return managementService.createJobQuery().processDefinitionKey(CleaningManagementProcess.DAILY_CHECK_KEY)
        .timers().singleResult();
  }

  private void complete(String number, String key, String user, Map<String, Object> variables) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as("open task %s of %s", key, number).isNotNull();
    taskService.setAssignee(task.getId(), user);
    taskService.complete(task.getId(), variables);
  }

  private long steps(String number) {
    return jdbc.sql("select count(*) from case_step where business_key = :key").param("key", number)
        .query(Long.class).single();
  }
}
