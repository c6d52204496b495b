package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.FeeDunningProcess.Element;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.wuye.bpm.api.UnprocessableException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Races of fee-dunning on PostgreSQL (only when WUYE_TEST_PG_URL names one): a payment against the reminder
 * timer of the same instance, concurrent payments of one bill, and two nodes playing the month together.
 */
@Tag("postgres")
@EnabledIfEnvironmentVariable(named = FeeNode.PG_URL, matches = ".+")
class FeeRaceTest {

  private static FeeNode node;
  private static ExecutorService threads;

  @BeforeAll
  static void startNode() {
    threads = Executors.newFixedThreadPool(4);
    node = FeeNode.start(false);
  }

  @AfterAll
  static void stopNode() {
    threads.shutdownNow();
    if (node != null) {
      node.close();
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void paymentRacingTheReminderTimerWritesTheNoticeAtMostOnceAndEndsPaid() throws Exception {
    FeeTestEstate estate = FeeTestEstate.create(node.jdbc(), 12);
    YearMonth period = billedPeriod(node);
    ClockUtil.setCurrentTime(FeeFixtures.at(period, 16, 0, 0));
    ManagementService management = node.engine().getManagementService();
    int jobLost = 0;
    for (int unit = 0; unit < estate.unitCodes().size(); unit++) {
      String number = estate.bill(period, unit);
      Job reminder = management.createJobQuery().processInstanceId(instance(number)).timers().singleResult();
      CyclicBarrier together = new CyclicBarrier(2);
      Future<Object> timer = threads.submit(() -> {
        together.await();
        management.executeJob(reminder.getId());
        return null;
      });
      Future<PaymentService.Receipt> payment = threads.submit(() -> {
        together.await();
        return pay(number, FeeTestEstate.BILL_AMOUNT, "race-" + number);
      });

      assertThat(payment.get().payment().settled()).isTrue();
      try {
        timer.get();
      } catch (java.util.concurrent.ExecutionException e) {
        assertThat(PaymentService.isConcurrentChange(e.getCause())
            || e.getCause().getMessage().contains("No job found")).as(e.getCause().toString()).isTrue();
        jobLost++;
      }
      assertThat(instanceCount(number)).as(number).isZero();
      int reminders = count("""
          select count(*) from dunning_notice n join fee_bill b on b.id = n.bill_id
          where b.number = ? and n.stage = 'reminder'""", number);
      assertThat(reminders).as(number).isLessThanOrEqualTo(1);
      assertThat(count("select count(*) from notice where reference = ? and kind = 'fee-reminder'", number))
          .isEqualTo(reminders);
      assertThat(count("select count(*) from fee_bill where number = ? and stage = 'settled'", number)).isOne();
    }
    System.out.printf("payment vs reminder timer: %d of %d timer jobs lost the race%n", jobLost,
        estate.unitCodes().size());
  }

  /**
   * The interleaving the free race above only sometimes hits, forced: the payment has settled the bill and ended
   * the instance but not yet committed when the reminder job starts; the job reads the instance as it was and, as
   * it records its notice, waits for the bill's row lock. When the payment commits, the job's flush finds the
   * instance changed: optimistic locking rolls the job back, notice included. (The job executor would try such a job again
   * without using up a retry; here the payment has deleted it, so nothing is left to try.)
   */
  @Test
  void reminderJobRunningIntoACommittedPaymentIsRolledBackByOptimisticLocking() throws Exception {
    FeeTestEstate estate = FeeTestEstate.create(node.jdbc(), 1);
    YearMonth period = billedPeriod(node);
    String number = estate.bill(period, 0);
    ClockUtil.setCurrentTime(FeeFixtures.at(period, 16, 0, 0));
    ManagementService management = node.engine().getManagementService();
    Job reminder = management.createJobQuery().processInstanceId(instance(number)).timers().singleResult();

    TransactionTemplate transaction = new TransactionTemplate(node.bean(PlatformTransactionManager.class));
    Future<Object> timer = transaction.execute(status -> {
      assertThat(pay(number, FeeTestEstate.BILL_AMOUNT, "held-" + number).payment().settled()).isTrue();
      Future<Object> job = threads.submit(() -> {
        management.executeJob(reminder.getId());
        return null;
      });
      awaitBlockedOnBillLock();
      return job;
    });

    assertThatThrownBy(timer::get).hasCauseInstanceOf(OptimisticLockingException.class);
    assertThat(instanceCount(number)).isZero();
    assertThat(count("""
        select count(*) from dunning_notice n join fee_bill b on b.id = n.bill_id
        where b.number = ? and n.stage = 'reminder'""", number)).isZero();
    assertThat(count("select count(*) from notice where reference = ? and kind = 'fee-reminder'", number)).isZero();
    assertThat(count("select count(*) from fee_bill where number = ? and stage = 'settled'", number)).isOne();
  }

  /** Waits until another connection of this database waits for a lock (the bill's row, held by the payment). */
  private static void awaitBlockedOnBillLock() {
    for (int i = 0; i < 300; i++) {
      if (count("""
          select count(*) from pg_stat_activity
          where wait_event_type = 'Lock' and datname = current_database()""") > 0) {
        return;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("the reminder job never waited for the bill's lock");
  }

  @Test
  void paymentsAfterTheSuspensionNoticeAndConcurrentPaymentsGetClearAnswers() throws Exception {
    FeeTestEstate estate = FeeTestEstate.create(node.jdbc(), 3);
    YearMonth period = billedPeriod(node);
    ManagementService management = node.engine().getManagementService();
    for (int unit = 0; unit < 3; unit++) {
      String instance = instance(estate.bill(period, unit));
      for (int stage = 0; stage < 3; stage++) {
        Job job = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        ClockUtil.setCurrentTime(job.getDuedate());
        management.executeJob(job.getId());
      }
    }

    // after the suspension notice: the payment ends the escalation
    String afterNotice = estate.bill(period, 0);
    assertThat(count("""
        select count(*) from dunning_notice n join fee_bill b on b.id = n.bill_id
        where b.number = ? and n.stage = 'suspension-notice'""", afterNotice)).isOne();
    pay(afterNotice, FeeTestEstate.BILL_AMOUNT, "late-" + afterNotice);
    assertThat(instanceCount(afterNotice)).isZero();

    // the same payment twice at once: one payment, the same answer twice
    String twice = estate.bill(period, 1);
    List<PaymentService.Receipt> same = together(
        () -> pay(twice, FeeTestEstate.BILL_AMOUNT, "same-" + twice),
        () -> pay(twice, FeeTestEstate.BILL_AMOUNT, "same-" + twice));
    assertThat(same.get(0).payment()).isEqualTo(same.get(1).payment());
    assertThat(same).extracting(PaymentService.Receipt::repeated).containsExactlyInAnyOrder(true, false);
    assertThat(count("select count(*) from fee_payment p join fee_bill b on b.id = p.bill_id where b.number = ?",
        twice)).isOne();
    assertThat(instanceCount(twice)).isZero();

    // two different payments that together pay too much: one is taken, the other refused with 422
    String over = estate.bill(period, 2);
    List<Object> answers = new ArrayList<>();
    for (Future<?> f : submitTogether(
        () -> pay(over, new BigDecimal("200.00"), "over-a-" + over),
        () -> pay(over, new BigDecimal("200.00"), "over-b-" + over))) {
      try {
        answers.add(f.get());
      } catch (java.util.concurrent.ExecutionException e) {
        answers.add(e.getCause());
      }
    }
    assertThat(answers).filteredOn(a -> a instanceof PaymentService.Receipt).hasSize(1);
    assertThat(answers).filteredOn(a -> a instanceof UnprocessableException).hasSize(1);
    assertThat(count("select count(*) from fee_payment p join fee_bill b on b.id = p.bill_id where b.number = ?",
        over)).isOne();
    assertThat(node.jdbc().queryForObject("select paid_amount from fee_bill where number = ?", BigDecimal.class,
        over)).isEqualByComparingTo("200.00");
    assertThat(instanceCount(over)).isOne();
    assertThatThrownBy(() -> pay(over, new BigDecimal("50.01"), "over-c-" + over))
        .isInstanceOf(UnprocessableException.class);
  }

  @Test
  void twoNodesPlayingTheMonthWriteEachNoticeOnceAndLeaveNoJobLocked() throws Exception {
    FeeTestEstate estate = FeeTestEstate.create(node.jdbc(), 20);
    YearMonth period = billedPeriod(node);
    String bills = "select id from fee_bill where period = '" + period + "'";
    int billed = count("select count(*) from fee_bill where period = ?", period.toString());
    // a third pays at once, the rest leaves it to the reminders
    for (int unit = 0; unit < estate.unitCodes().size(); unit += 3) {
      pay(estate.bill(period, unit), FeeTestEstate.BILL_AMOUNT, "early-" + estate.bill(period, unit));
    }
    int paid = (estate.unitCodes().size() + 2) / 3;

    try (FeeNode first = FeeNode.start(true, "--camunda.bpm.job-execution.wait-time-in-millis=200",
        "--camunda.bpm.job-execution.max-wait=1000");
        FeeNode second = FeeNode.start(true, "--camunda.bpm.job-execution.wait-time-in-millis=200",
            "--camunda.bpm.job-execution.max-wait=1000")) {
      play(FeeFixtures.at(period, 16, 0, 0), "reminder", bills, billed - paid);
      play(FeeFixtures.at(period, 24, 0, 0), "final-reminder", bills, billed - paid);
      play(FeeFixtures.at(new FeeCalendar(period, FeeFixtures.ZONE).suspensionNoticeAt()), "suspension-notice", bills,
          billed - paid);
    }

    assertThat(count("select count(*) from (select bill_id, stage from dunning_notice where bill_id in (" + bills
        + ") group by bill_id, stage having count(*) > 1) doubled")).isZero();
    assertThat(count("select count(*) from (select kind, reference from notice where reference like ? "
        + "group by kind, reference having count(*) > 1) doubled", "FB-" + period.toString().replace("-", "") + "-%"))
        .isZero();
    assertThat(count("""
        select count(*) from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_
        where e.business_key_ like ? and (j.lock_owner_ is not null or j.retries_ < 3 or j.exception_msg_ is not null)""",
        "FB-" + period.toString().replace("-", "") + "-%")).isZero();
    assertThat(node.engine().getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKeyLike("FB-" + period.toString().replace("-", "") + "-%")
        .activityIdIn(Element.SUSPENSION_NOTICE_EXPIRED).count()).isEqualTo(billed - paid);
  }

  /** Moves the clock and waits until the nodes' job executors have written {@code expected} notices of the stage. */
  private void play(java.util.Date at, String stage, String bills, int expected) throws InterruptedException {
    ClockUtil.setCurrentTime(at);
    if (stage == null) {
      return;
    }
    for (int i = 0; i < 600; i++) {
      if (count("select count(*) from dunning_notice where stage = ? and bill_id in (" + bills + ")", stage)
          >= expected) {
        Thread.sleep(1500);
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError(stage + ": notices not all written after 2 minutes");
  }

  /** A billing run of a fresh period, done on this node. */
  private static YearMonth billedPeriod(FeeNode on) {
    YearMonth period = YearMonth.of(ThreadLocalRandom.current().nextInt(2100, 2200),
        ThreadLocalRandom.current().nextInt(1, 13));
    BillingRunService runs = on.bean(BillingRunService.class);
    runs.prepare(period);
    runs.run(period);
    assertThat(runs.status(period.toString()).status()).isEqualTo(BillingRun.Status.COMPLETED);
    return period;
  }

  private static PaymentService.Receipt pay(String number, BigDecimal amount, String key) {
    return node.bean(PaymentService.class).pay(number, new PaymentRequest(amount, "cash", "R-" + key), key, "caiwu");
  }

  @SafeVarargs
  private static <T> List<T> together(Callable<T>... calls) throws Exception {
    List<T> results = new ArrayList<>();
    for (Future<T> f : submitTogether(calls)) {
      results.add(f.get());
    }
    return results;
  }

  @SafeVarargs
  private static <T> List<Future<T>> submitTogether(Callable<T>... calls) {
    CyclicBarrier barrier = new CyclicBarrier(calls.length);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> call : calls) {
      futures.add(threads.submit(() -> {
        barrier.await();
        return call.call();
      }));
    }
    return futures;
  }

  private static String instance(String number) {
    RuntimeService runtime = node.engine().getRuntimeService();
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
  }

  private static long instanceCount(String number) {
    return node.engine().getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).count();
  }

  private static int count(String sql, Object... args) {
    return node.jdbc().queryForObject(sql, Integer.class, args);
  }
}
