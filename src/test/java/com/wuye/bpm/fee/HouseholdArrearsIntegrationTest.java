package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.HouseholdArrearsFixtures.completion;
import static com.wuye.bpm.fee.HouseholdArrearsProcess.Element.*;
import static com.wuye.bpm.fee.HouseholdArrearsProcess.Var;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.support.SpringIntegrationTest;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Arrears are the household's (《物业品质管理手册》§5.4.10 节点5–6, and 节点2–4 “缴纳所有费用”): household-arrears
 * with its real delegates on the database, fed by two months of bills of each unit.
 */
class HouseholdArrearsIntegrationTest extends SpringIntegrationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired BillingRunService billingRuns;
  @Autowired FeeBillService bills;
  @Autowired ArrearsCaseService arrears;
  @Autowired PaymentService payments;

  /** billed once for the class, two months (a billing run bills every unit of the database): one unit a test */
  private static FeeTestEstate estate;
  private static YearMonth period;
  private static YearMonth next;

  @BeforeEach
  void billAFreshEstateOnce() {
    if (estate == null) {
      period = FeeTestEstate.freshPeriod();
      next = period.plusMonths(1);
      estate = FeeTestEstate.billed(jdbc, billingRuns, 8, period);
      billingRuns.prepare(next);
      billingRuns.run(next);
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /**
   * 《物业品质管理手册》§5.4.10 节点5: a bill whose suspension notice went unanswered for 7 days opens its household's
   * case; customer service applies, and the general manager sees one application listing every month owed.
   */
  @Test
  void listsEveryMonthOwedInTheOneApplicationTheGeneralManagerSees() {
    FeeMonth month = month(0);
    String arrearsCase = single(month.playToHandOver(period));
    ProcessInstance instance = instance(arrearsCase);
    assertThat(instance).isWaitingAt(APPLY_SUSPENSION);
    assertThat(instance).variables().containsEntry(Var.MONTHS_IN_ARREARS, 1)
        .containsEntry(Var.SERVICES, List.of("air-conditioning"));
    complete(arrearsCase, APPLY_SUSPENSION, completion(APPLY_SUSPENSION));
    complete(arrearsCase, APPROVE_SUSPENSION, HouseholdArrearsFixtures.rejection());
    // the payment date agreed passes after the next month's 15th: two months owed now
    complete(arrearsCase, ARRANGE_PAYMENT, HouseholdArrearsFixtures.arrangement(next.atDay(20).toString()));
    month.at(FeeFixtures.at(next, 21, 0, 0));

    assertThat(instance).isWaitingAt(APPLY_SUSPENSION);
    assertThat(tasks(arrearsCase)).singleElement().extracting(Task::getTaskDefinitionKey).isEqualTo(APPLY_SUSPENSION);
    assertThat(instance).variables().containsEntry(Var.MONTHS_IN_ARREARS, 2).containsEntry(Var.AMOUNT_OWED, 500.0);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> owed = (List<Map<String, Object>>) processEngine.getRuntimeService()
        .getVariable(instance.getId(), Var.OWED_MONTHS);
    assertThat(owed).extracting(row -> row.get("billNumber"))
        .containsExactly(estate.bill(period, 0), estate.bill(next, 0));
    assertThat(owed.get(0)).containsEntry("owed", "250.00").extractingByKey("letters").asString()
        .contains("暂停服务通知书");
    assertThat(applications(arrearsCase)).extracting(row -> row.get("PERIODS"))
        .containsExactly(period.toString(), period + "," + next);
    assertThat(openCases(0)).containsExactly(arrearsCase);
  }

  /**
   * 《物业品质管理手册》§5.4.10 节点6: a household is suspended at most once at a time. The next month's bill, when
   * its own letters are exhausted, joins the open case: no second case, application or suspension.
   */
  @Test
  void suspendsAHouseholdAtMostOnceAtATime() {
    FeeMonth month = month(1);
    String arrearsCase = single(month.playToHandOver(period));
    suspend(arrearsCase);

    month.playToHandOver(next);

    assertThat(openCases(1)).containsExactly(arrearsCase);
    assertThat(bills.get(estate.bill(next, 1)).stage()).isEqualTo(DunningStage.ARREARS_CASE);
    assertThat(arrears.of(bills.get(estate.bill(next, 1)))).get().extracting(ArrearsCase::number)
        .isEqualTo(arrearsCase);
    assertThat(tasks(arrearsCase)).isEmpty();
    assertThat(applications(arrearsCase)).hasSize(1);
    assertThat(arrears.get(arrearsCase).status()).isEqualTo(ArrearsCaseStatus.SUSPENDED);
  }

  /**
   * 《物业品质管理手册》§5.4.10 节点2–4 “缴纳所有费用”: paying one month in full ends that bill's collection but
   * restores nothing while another month is owed; when the household owes nothing, engineering restores the
   * services and the case closes. Every step is in the case file.
   */
  @Test
  void restoresServicesOnlyWhenTheHouseholdOwesNothing() {
    FeeMonth month = month(2);
    String arrearsCase = single(month.playToHandOver(period));
    suspend(arrearsCase);
    month.at(FeeFixtures.at(next, 20, 0, 0));

    pay(estate.bill(period, 2));
    assertThat(billInstance(estate.bill(period, 2))).isNull();
    assertThat(instance(arrearsCase)).isWaitingAt(PAID_UP_WHILE_SUSPENDED);
    assertThat(tasks(arrearsCase)).isEmpty();

    pay(estate.bill(next, 2));
    assertThat(instance(arrearsCase)).isWaitingAt(RESTORE_SERVICES);
    complete(arrearsCase, RESTORE_SERVICES, completion(RESTORE_SERVICES));

    assertThat(instance(arrearsCase)).isNull();
    ArrearsCase closed = arrears.get(arrearsCase);
    assertThat(closed.status()).isEqualTo(ArrearsCaseStatus.CLOSED);
    assertThat(closed.closedAt()).isNotNull();
    assertThat(applications(arrearsCase)).singleElement().satisfies(row -> {
      assertThat(row.get("SUSPENDED_AT")).isNotNull();
      assertThat(row.get("RESTORED_AT")).isNotNull();
    });
    assertThat(jdbc.queryForList("select kind from notice where reference = ? order by id", String.class,
        arrearsCase)).containsExactly("fee-suspended-customer-service", "fee-suspended-security",
        "fee-restored-customer-service", "fee-restored-security");
    assertThat(jdbc.queryForList("select step from case_step where business_key = ? order by id", String.class,
        arrearsCase)).containsExactly(APPLY_SUSPENSION, APPROVE_SUSPENSION, SUSPEND_SERVICES, RESTORE_SERVICES);
  }

  /** A HouseholdPaidUp sent by hand while the household still owes is refused: the case stays where it was. */
  @Test
  void refusesAHouseholdPaidUpWhileTheHouseholdOwes() {
    String arrearsCase = single(month(3).playToHandOver(period));
    int steps = count("case_step");

    assertThatThrownBy(() -> processEngine.getRuntimeService()
        .createMessageCorrelation(HouseholdArrearsProcess.PAID_UP_MESSAGE).processInstanceBusinessKey(arrearsCase)
        .correlate()).isInstanceOf(BadUserRequestException.class).hasMessageContaining(arrearsCase);

    assertThat(instance(arrearsCase)).isWaitingAt(APPLY_SUSPENSION);
    assertThat(arrears.get(arrearsCase).closedAt()).isNull();
    assertThat(count("case_step")).isEqualTo(steps);
  }

  /** Every approval is an explicit choice: no decision (or another word) is refused and nothing is written. */
  @Test
  void refusesAnApprovalWithoutAnExplicitDecision() {
    String arrearsCase = single(month(4).playToHandOver(period));
    complete(arrearsCase, APPLY_SUSPENSION, completion(APPLY_SUSPENSION));
    int steps = count("case_step");

    Map<String, Object> noDecision = completion(APPROVE_SUSPENSION);
    noDecision.remove(Var.SUSPENSION_DECISION);
    Map<String, Object> otherWord = completion(APPROVE_SUSPENSION);
    otherWord.put(Var.SUSPENSION_DECISION, "true");
    for (Map<String, Object> completion : List.of(noDecision, otherWord)) {
      assertThatThrownBy(() -> complete(arrearsCase, APPROVE_SUSPENSION, completion))
          .hasRootCauseInstanceOf(BadInputException.class).hasMessageContaining(Var.SUSPENSION_DECISION);
    }

    assertThat(instance(arrearsCase)).isWaitingAt(APPROVE_SUSPENSION);
    assertThat(applications(arrearsCase)).singleElement().satisfies(row -> assertThat(row.get("DECIDED_AT")).isNull());
    assertThat(count("case_step")).isEqualTo(steps);
  }

  /** A payment date agreed must be given, from today to 90 days ahead; a completion that moves the case is refused. */
  @Test
  void refusesAnArrangementWithoutASaneDateOrForAnotherCase() {
    String arrearsCase = single(month(5).playToHandOver(period));
    complete(arrearsCase, APPLY_SUSPENSION, completion(APPLY_SUSPENSION));
    complete(arrearsCase, APPROVE_SUSPENSION, HouseholdArrearsFixtures.rejection());
    int steps = count("case_step");

    Map<String, Object> noDate = completion(ARRANGE_PAYMENT);
    noDate.remove(Var.AGREED_PAYMENT_DATE);
    Map<String, Object> anotherCase = HouseholdArrearsFixtures.arrangement(next.atDay(20).toString());
    anotherCase.put(Var.ARREARS_CASE, "QF-JLD-1-0101-01");
    for (Map<String, Object> completion : List.of(noDate,
        HouseholdArrearsFixtures.arrangement(period.atDay(20).toString()),
        HouseholdArrearsFixtures.arrangement(next.plusMonths(4).atDay(1).toString()),
        HouseholdArrearsFixtures.arrangement("9999-12-31"), anotherCase)) {
      assertThatThrownBy(() -> complete(arrearsCase, ARRANGE_PAYMENT, completion))
          .hasRootCauseInstanceOf(BadInputException.class);
    }

    assertThat(instance(arrearsCase)).isWaitingAt(ARRANGE_PAYMENT);
    assertThat(arrears.get(arrearsCase).status()).isEqualTo(ArrearsCaseStatus.SUSPENSION_REVIEW);
    assertThat(count("case_step")).isEqualTo(steps);
  }

  /** A paid bill is not handed over: nothing is opened for a household that owes nothing. */
  @Test
  void opensNoCaseForABillPaidBeforeItsHandOver() {
    String number = estate.bill(period, 6);
    ClockUtil.setCurrentTime(FeeFixtures.at(period, 20, 0, 0));
    pay(number);
    int cases = count("arrears_case");

    assertThat(arrears.handOver(number)).isEmpty();

    assertThat(count("arrears_case")).isEqualTo(cases);
    assertThat(openCases(6)).isEmpty();
  }

  // ---- helpers

  private void suspend(String arrearsCase) {
    for (String task : List.of(APPLY_SUSPENSION, APPROVE_SUSPENSION, SUSPEND_SERVICES)) {
      complete(arrearsCase, task, completion(task));
    }
    assertThat(instance(arrearsCase)).isWaitingAt(PAID_UP_WHILE_SUSPENDED);
  }

  private void pay(String number) {
    payments.pay(number, new PaymentRequest(FeeTestEstate.BILL_AMOUNT, "cash", "R-" + number), "k-" + number,
        "caiwu");
  }

  private FeeMonth month(int unit) {
    return new FeeMonth(processEngine, estate.unitCodes().get(unit));
  }

  private List<String> openCases(int unit) {
    return month(unit).openCases();
  }

  private static String single(List<String> cases) {
    assertThat(cases).hasSize(1);
    return cases.get(0);
  }

  private ProcessInstance instance(String arrearsCase) {
    return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(arrearsCase)
        .processDefinitionKey(HouseholdArrearsProcess.KEY).singleResult();
  }

  private ProcessInstance billInstance(String number) {
    return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number)
        .singleResult();
  }

  private List<Task> tasks(String arrearsCase) {
    return processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(arrearsCase).list();
  }

  private void complete(String arrearsCase, String taskKey, Map<String, Object> variables) {
    Task task = processEngine.getTaskService().createTaskQuery().taskDefinitionKey(taskKey)
        .processInstanceBusinessKey(arrearsCase).singleResult();
    processEngine.getTaskService().complete(task.getId(), variables);
  }

  private List<Map<String, Object>> applications(String arrearsCase) {
    return jdbc.queryForList("""
        select s.* from service_suspension s join arrears_case c on c.id = s.arrears_case_id where c.number = ?
        order by s.id""", arrearsCase);
  }

  private int count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Integer.class);
  }
}
