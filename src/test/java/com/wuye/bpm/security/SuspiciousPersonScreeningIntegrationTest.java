package com.wuye.bpm.security;

import static com.wuye.bpm.security.SuspiciousPersonScreeningProcess.Element.*;
import static com.wuye.bpm.security.SuspiciousPersonScreeningProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.notice.NoticeService;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** suspicious-person-screening with the real delegates and listener against the database. */
class SuspiciousPersonScreeningIntegrationTest extends SecurityFlowIntegrationTest {

  @Autowired
  ScreeningService screenings;
  @Autowired
  com.wuye.bpm.casefile.CaseFile journal;
  @Autowired
  NoticeService notices;

  @Test
  void archivesHandOverToPoliceWithScoreAndChoice() {
    ProcessInstance instance = startAs("baoan", ScreeningFixtures.loiteringAtNight());
    String number = variable(instance, Var.SCREENING_NUMBER);
    assertThat(number).matches("PC-\\d{4}-\\d{5}");
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
        .count()).isOne();

    complete(instance, CHOOSE_ACTION, Map.of(Var.GUARD_ACTION, "inspect-items"));
    complete(instance, INSPECT_ITEMS, ScreeningFixtures.itemsInspected(true));
    complete(instance, CHECK_ID, ScreeningFixtures.noId());
    runJobs(instance);
    complete(instance, QUESTION_PERSON, ScreeningFixtures.questioned(true));
    complete(instance, HAND_OVER_TO_POLICE, ScreeningFixtures.handedOver());

    Screening record = screenings.get(number);
    assertThat(record.observedBy()).isEqualTo("baoan");
    assertThat(record.location()).isEqualTo("北门岗");
    assertThat(record.loitering()).isTrue();
    assertThat(record.nightTime()).isTrue();
    assertThat(record.tailgating()).isFalse();
    assertThat(record.riskScore()).isEqualTo(3);
    assertThat(record.riskLevel()).isEqualTo("medium");
    assertThat(record.recommendedAction()).isEqualTo("inspect-items");
    assertThat(record.guardAction()).isEqualTo("inspect-items");
    assertThat(record.itemsFound()).isEqualTo("螺丝刀一把、手套");
    assertThat(record.suspiciousItems()).isTrue();
    assertThat(record.hasValidId()).isFalse();
    assertThat(record.supervisorNotifiedAt()).isNotNull();
    assertThat(record.suspect()).isTrue();
    assertThat(record.policeStation()).isEqualTo("朝阳门派出所");
    assertThat(record.outcome()).isEqualTo(ScreeningOutcome.HANDED_TO_POLICE);
    assertThat(record.archivedAt()).isNotNull();
    assertThat(journal.steps(number)).extracting(com.wuye.bpm.casefile.CaseStep::step)
        .containsExactly(CHOOSE_ACTION, INSPECT_ITEMS, CHECK_ID, QUESTION_PERSON, HAND_OVER_TO_POLICE);
    assertThat(notices.issuedFor(number)).singleElement()
        .satisfies(n -> assertThat(n.recipient()).isEqualTo("security-supervisor"));
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
        .count()).isZero();
  }

  @Test
  void refusesAMilderActionThanRecommendedAndKeepsTheTask() {
    ProcessInstance instance = startAs("baoan", ScreeningFixtures.evasiveWithTools());
    String number = variable(instance, Var.SCREENING_NUMBER);

    assertThatThrownBy(() -> complete(instance, CHOOSE_ACTION, Map.of(Var.GUARD_ACTION, "inspect-items")))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.GUARD_ACTION);

    assertThat(screenings.get(number).guardAction()).isNull();
    assertThat(journal.steps(number)).isEmpty();
    complete(instance, CHOOSE_ACTION, Map.of(Var.GUARD_ACTION, "notify-supervisor"));
    assertThat(screenings.get(number).guardAction()).isEqualTo("notify-supervisor");
    assertThat(screenings.get(number).supervisorAlertedAt()).isNotNull();
    assertThat(notices.issuedFor(number)).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo("screening-alert");
      assertThat(n.recipient()).isEqualTo("security-supervisor");
    });
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult()
        .getTaskDefinitionKey()).isEqualTo(INSPECT_ITEMS);
  }

  /** Issue 20 point 1: started by an administrator at the alert, a screening not judged high alerts nobody. */
  @Test
  void refusesToAlertTheSupervisorForAScreeningNotJudgedHigh() {
    ProcessInstance first = startAs("baoan", ScreeningFixtures.loiteringAtNight());
    String number = variable(first, Var.SCREENING_NUMBER);
    complete(first, CHOOSE_ACTION, Map.of(Var.GUARD_ACTION, "inspect-items"));

    assertThatThrownBy(() -> processEngine.getRuntimeService()
        .createProcessInstanceByKey(SuspiciousPersonScreeningProcess.KEY).businessKey(number)
        .startBeforeActivity(ALERT_SUPERVISOR).execute())
        .isInstanceOf(com.wuye.bpm.api.UnprocessableException.class);
    assertThat(screenings.get(number).supervisorAlertedAt()).isNull();
    assertThat(notices.issuedFor(number)).isEmpty();
  }

  @Test
  void archivesReleaseWithTheScore() {
    ProcessInstance instance = startAs("baoan", ScreeningFixtures.observed(Var.NIGHT_TIME));
    String number = variable(instance, Var.SCREENING_NUMBER);
    complete(instance, CHOOSE_ACTION, Map.of());

    Screening record = screenings.get(number);
    assertThat(record.riskScore()).isEqualTo(1);
    assertThat(record.guardAction()).isEqualTo("release");
    assertThat(record.outcome()).isEqualTo(ScreeningOutcome.RELEASED);
    assertThat(record.archivedAt()).isNotNull();
  }

  /** Issue 20 point 2: a completion that sends another screening's number is refused and writes nothing. */
  @Test
  void refusesACompletionThatChangesTheScreeningNumber() {
    ProcessInstance other = startAs("baoan", ScreeningFixtures.calm());
    ProcessInstance instance = startAs("baoan", ScreeningFixtures.loiteringAtNight());
    String otherNumber = variable(other, Var.SCREENING_NUMBER);
    String number = variable(instance, Var.SCREENING_NUMBER);
    int otherSteps = journal.steps(otherNumber).size();
    int ownSteps = journal.steps(number).size();

    assertThatThrownBy(() -> complete(instance, CHOOSE_ACTION,
        Map.of(Var.GUARD_ACTION, "inspect-items", Var.SCREENING_NUMBER, otherNumber)))
        .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.SCREENING_NUMBER);
    assertThat(journal.steps(otherNumber)).hasSize(otherSteps);
    assertThat(journal.steps(number)).hasSize(ownSteps);
    assertThat(screenings.get(number).guardAction()).isNull();
    assertThat(screenings.get(otherNumber).guardAction()).isNull();
  }

  /** Issue 20 point 5: the person's full ID number only in the archive record, masked in the engine. */
  @Test
  void keepsTheFullIdNumberOnlyInTheArchiveRecord() {
    ProcessInstance instance = startAs("baoan", ScreeningFixtures.loiteringAtNight());
    String number = variable(instance, Var.SCREENING_NUMBER);
    complete(instance, CHOOSE_ACTION, Map.of(Var.GUARD_ACTION, "inspect-items"));
    complete(instance, INSPECT_ITEMS, ScreeningFixtures.itemsInspected(true));
    complete(instance, CHECK_ID, ScreeningFixtures.validId());

    assertThat(screenings.get(number).idNumber()).isEqualTo("110101199001011234");
    assertThat(valuesKeptByTheEngine(instance)).noneMatch(v -> v.contains("110101199001011234"));
  }

  @Test
  void refusesAnObservationWithoutLocation() {
    Map<String, Object> variables = ScreeningFixtures.calm();
    variables.put(Var.LOCATION, " ");
    assertThatThrownBy(() -> startAs("baoan", variables)).isInstanceOf(BadInputException.class)
        .hasMessageContaining(Var.LOCATION);
  }

  private ProcessInstance startAs(String user, Map<String, Object> variables) {
    return startAs(SuspiciousPersonScreeningProcess.KEY, user, "security", variables);
  }
}
