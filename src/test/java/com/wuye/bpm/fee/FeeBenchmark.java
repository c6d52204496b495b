package com.wuye.bpm.fee;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fee benchmark (not a test: it prints figures and asserts nothing). Runs only when asked:
 * <pre>
 * WUYE_TEST_PG_URL=jdbc:postgresql://127.0.0.1:5432/wuye_bench ./mvnw -B -Pbenchmark test -Dtest=FeeBenchmark \
 *     -DargLine=-Xmx1g -Dwuye.benchmark.households=10000 [-Dwuye.benchmark.clients=8]
 *     [-Dwuye.benchmark.args="--camunda.bpm.job-execution.max-pool-size=4 ..."] [-Dwuye.benchmark.bare-only=true]
 * </pre>
 * On one application node (production profile, job executor on) against the PostgreSQL named by WUYE_TEST_PG_URL
 * (use an empty database: the billing run bills every unit in it, the 288 demo units too): billing run, the month
 * played with the clock moved (30% unpaid on the 16th, 15% on the 24th, 5% at 30 days), payments through the REST
 * API by concurrent clients, one idle job-acquisition poll, and the same for a bare process (start → timer → end)
 * as the engine's ceiling. Before it, unmeasured, so that the JIT has compiled what is measured (a node in
 * production has long been warm): a month of a warm-up estate of 2,000 households played the same way (all paid in
 * the end) and a round of 2,000 bare instances. Before and after each stage, as many bare timers as the stage has,
 * run at the same point of the month: the ceiling for that stage, taken twice because one short run catches the
 * machine's pace of the moment. VACUUM ANALYZE runs after each load, and with a CHECKPOINT before each run of
 * timers (stage or bare); in between, tables are vacuumed and analysed as autovacuum would (it is off on these
 * machines).
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "wuye.benchmark.households", matches = "\\d+")
class FeeBenchmark {

  /** the households of the warm-up estate, whose month runs unmeasured before the measured one */
  private static final int WARM_UP_HOUSEHOLDS = 2000;
  /** the bare process: start → timer → end */
  private static final String BARE = "fee-benchmark-bare";

  private final int households = Integer.getInteger("wuye.benchmark.households");
  private final int clients = Integer.getInteger("wuye.benchmark.clients", 8);
  /** only the bare process (start → timer → end), as many instances as households */
  private final boolean bareOnly = Boolean.getBoolean("wuye.benchmark.bare-only");
  /** extra settings for the node, e.g. {@code --camunda.bpm.job-execution.max-pool-size=4}, space separated */
  private final String[] settings = System.getProperty("wuye.benchmark.args", "").isBlank() ? new String[0]
      : System.getProperty("wuye.benchmark.args").trim().split("\\s+");
  private final List<String> report = new ArrayList<>();
  /** while the unmeasured warm-up month runs: its lines are printed, not reported */
  private boolean warmingUp;

  @Test
  void run() throws Exception {
    try (FeeNode node = FeeNode.startProduction(settings); AutoVacuum autovacuum = new AutoVacuum(node.jdbc())) {
      JdbcTemplate jdbc = node.jdbc();
      YearMonth period = YearMonth.of(2090 + (int) (System.currentTimeMillis() / 1000 % 9), 3);
      line("PostgreSQL %s", jdbc.queryForObject("""
          select current_setting('server_version') || ': ' || string_agg(name || ' ' || current_setting(name),
            ', ' order by name) from pg_settings
          where name in ('shared_buffers', 'max_wal_size', 'wal_compression', 'synchronous_commit',
            'full_page_writes', 'autovacuum')""", String.class));
      TestRestTemplate rest = new TestRestTemplate().withBasicAuth("caiwu", "demo");
      String base = "http://localhost:" + node.context.getEnvironment().getProperty("local.server.port");
      if (!bareOnly) {
        // unmeasured: a month of fee-dunning for the demo estate and the warm-up estate, all paid in the end
        loadHouseholds(jdbc, WARM_UP_HOUSEHOLDS);
        analyze(jdbc);
        month(node, rest, base, period.minusMonths(1), false);
      }
      warmUp(node, period);
      if (bareOnly) {
        // the engine's ceiling alone, e.g. to try job executor settings quickly
        bare(node, households, period);
        System.out.println("\n==== bare process, " + households + " instances, settings " + String.join(" ", settings));
        report.forEach(System.out::println);
        return;
      }
      String estate = loadHouseholds(jdbc, households);
      analyze(jdbc);
      line("households loaded: %d (estate %s) + what the database held", households, estate);
      int n = month(node, rest, base, period, true);
      analyze(jdbc);
      idlePoll(node, "fee-dunning (" + (n - n * 95 / 100) + " instances waiting)");

      // the bare process: start → timer → end, same engine settings
      bare(node, n, period);

      System.out.println("\n==== fee benchmark, " + households + " households, " + clients + " REST clients, settings "
          + String.join(" ", settings) + " ====");
      report.forEach(System.out::println);
    } finally {
      ClockUtil.reset();
    }
  }

  /**
   * One month of the estate: the billing run, payments through the REST API (70% before the 16th, another 15%
   * before the 24th, another 10% before day 31: 5% remain) and the three stages. The warm-up month is not measured
   * and pays its last 5% too, so that its instances end. Returns the number of bills.
   */
  private int month(FeeNode node, TestRestTemplate rest, String base, YearMonth period, boolean measured)
      throws Exception {
    JdbcTemplate jdbc = node.jdbc();
    warmingUp = !measured;
    ClockUtil.setCurrentTime(FeeFixtures.at(period, 1, 0, 0));
    HeapWatch heap = new HeapWatch();
    BillingRunService runs = node.bean(BillingRunService.class);
    long t0 = System.nanoTime();
    runs.prepare(period);
    runs.run(period);
    double billingSeconds = seconds(t0);
    heap.stop();
    BillingRun run = runs.status(period.toString());
    line("billing run %s: %s, %d bills, %d instances in %.1f s = %.0f bills/s; peak heap %d MB (used after GC %d MB)",
        period, run.status(), run.billsCreated(), run.instancesStarted(), billingSeconds,
        run.billsCreated() / billingSeconds, heap.peakMb(), heap.usedAfterGcMb());
    analyze(jdbc);

    List<String> bills = jdbc.queryForList("select number from fee_bill where period = ? order by number",
        String.class, period.toString());
    // each pays the bill's own amount (the demo units' bills are 223.50 and 321.50, the benchmark's 250.00)
    Map<String, BigDecimal> amounts = new java.util.HashMap<>();
    jdbc.query("select number, amount from fee_bill where period = ?",
        (java.sql.ResultSet rs) -> { amounts.put(rs.getString(1), rs.getBigDecimal(2)); }, period.toString());
    Collections.shuffle(bills, new java.util.Random(42));
    int n = bills.size();

    ClockUtil.setCurrentTime(FeeFixtures.at(period, 10, 12, 0));
    payments(rest, base, amounts, bills.subList(0, n * 70 / 100), "before the 16th");
    stage(node, FeeFixtures.at(period, 16, 0, 0), "reminder", n - n * 70 / 100);
    ClockUtil.setCurrentTime(FeeFixtures.at(period, 20, 12, 0));
    payments(rest, base, amounts, bills.subList(n * 70 / 100, n * 85 / 100), "16th–23rd");
    stage(node, FeeFixtures.at(period, 24, 0, 0), "final-reminder", n - n * 85 / 100);
    ClockUtil.setCurrentTime(FeeFixtures.at(period, 28, 12, 0));
    payments(rest, base, amounts, bills.subList(n * 85 / 100, n * 95 / 100), "24th–30th");
    stage(node, FeeFixtures.at(new FeeCalendar(period, FeeFixtures.ZONE).suspensionNoticeAt()),
        "suspension-notice", n - n * 95 / 100);
    if (!measured) {
      payments(rest, base, amounts, bills.subList(n * 95 / 100, n), "after the suspension notice");
    }
    warmingUp = false;
    return n;
  }

  private void payments(TestRestTemplate rest, String base, Map<String, BigDecimal> amounts, List<String> numbers,
      String when) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long[] latencies = new long[numbers.size()];
    AtomicLong failures = new AtomicLong();
    long t0 = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      int index = i;
      futures.add(pool.submit(() -> {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "bench-" + numbers.get(index));
        long start = System.nanoTime();
        var answer = rest.exchange(base + "/api/bills/" + numbers.get(index) + "/payments", HttpMethod.POST,
            new HttpEntity<>(Map.of("amount", amounts.get(numbers.get(index)).toPlainString(), "channel", "wechat",
                "receiptNo", "B" + index), headers),
            String.class);
        latencies[index] = System.nanoTime() - start;
        if (answer.getStatusCode().value() != 201) {
          failures.incrementAndGet();
        }
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double s = seconds(t0);
    pool.shutdown();
    long[] sorted = latencies.clone();
    java.util.Arrays.sort(sorted);
    line("payments %s: %d in %.1f s = %.0f/s, p50 %.0f ms, p95 %.0f ms, not 201: %d", when, numbers.size(), s,
        numbers.size() / s, sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
        failures.get());
  }

  private void stage(FeeNode node, Date at, String stage, int expected) throws Exception {
    JdbcTemplate jdbc = node.jdbc();
    // The ceiling for this stage: as many bare timers as the stage has, at the same point of the month, run the same
    // way just before the stage (due at noon the day before) and just after it (due at noon after it). Each run is a
    // couple of seconds at 10,000 households; the machine's pace drifts more than that between runs, so the stage
    // is set against both and against their mean.
    Drain before = warmingUp ? null : bareBeside(node, at, -12, expected, "before");
    // The payments of half a month come here within a minute; in the real month autovacuum has long cleaned up
    // after them (the ended instances' rows) when the stage's timers fall due at midnight. As before the bare
    // process's timers, the stage starts on a vacuumed and checkpointed database.
    settle(jdbc);
    // Only this stage writes notices while it runs: they are the ones after the last notice so far, which the poll
    // below counts through the primary key (it reads the stage's rows, not every bill and notice of the month).
    long first = jdbc.queryForObject("select coalesce(max(id), 0) from dunning_notice", Long.class);
    Meter meter = new Meter(jdbc);
    ClockUtil.setCurrentTime(at);
    Drain drained = drain(node, expected, () -> jdbc.queryForObject(
        "select count(*) from dunning_notice where id > ? and stage = ?", Long.class, first, stage));
    line("stage %s: %d of %d timer jobs drained in %.1f s = %.0f jobs/s; %s", stage, drained.jobs(), expected,
        drained.seconds(), drained.perSecond(), meter.perJob(drained.jobs()));
    if (warmingUp) {
      return;
    }
    Drain after = bareBeside(node, at, 12, expected, "after");
    double ceiling = (before.perSecond() + after.perSecond()) / 2;
    line("  stage %s at %.0f%% of the bare timers before it, %.0f%% of those after it, %.0f%% of their mean "
        + "(%.0f jobs/s)", stage, 100 * drained.perSecond() / before.perSecond(), 100 * drained.perSecond() / after.perSecond(),
        100 * drained.perSecond() / ceiling, ceiling);
  }

  /** {@code n} bare timers due {@code hours} from {@code at}, started, then drained on a settled database. */
  private Drain bareBeside(FeeNode node, Date at, int hours, int n, String when) throws InterruptedException {
    String due = FeeCalendar.iso(ZonedDateTime.ofInstant(at.toInstant(), FeeFixtures.ZONE).plusHours(hours));
    startBare(node, n, due);
    settle(node.jdbc());
    Meter meter = new Meter(node.jdbc());
    Drain bare = drainBareAt(node, due, n);
    line("  bare timers %s it, the same number: %d in %.1f s = %.0f jobs/s; %s", when, bare.jobs(), bare.seconds(),
        bare.perSecond(), meter.perJob(bare.jobs()));
    return bare;
  }

  private static void wake(FeeNode node) {
    ((ProcessEngineConfigurationImpl) node.engine().getProcessEngineConfiguration()).getJobExecutor().jobWasAdded();
  }

  private void idlePoll(FeeNode node, String what) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) node.engine().getProcessEngineConfiguration();
    var executor = configuration.getJobExecutor();
    for (int i = 0; i < 20; i++) {
      configuration.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(executor));
    }
    int polls = 200;
    long t0 = System.nanoTime();
    for (int i = 0; i < polls; i++) {
      configuration.getCommandExecutorTxRequired().execute(new AcquireJobsCmd(executor));
    }
    line("idle job-acquisition poll, %s: %.2f ms", what, (System.nanoTime() - t0) / 1e6 / polls);
  }

  private void bare(FeeNode node, int n, YearMonth period) throws Exception {
    // the clock stands at the suspension notice; the bare timers fall due a day later, before any fee timer
    String at = FeeCalendar.iso(new FeeCalendar(period, FeeFixtures.ZONE).suspensionNoticeAt().plusDays(1));
    HeapWatch heap = new HeapWatch();
    long t0 = System.nanoTime();
    startBare(node, n, at);
    double s = seconds(t0);
    heap.stop();
    line("bare starts: %d in %.1f s = %.0f/s; peak heap %d MB", n, s, n / s, heap.peakMb());
    settle(node.jdbc());
    idlePoll(node, "bare (" + n + " instances waiting) + fee-dunning");
    Meter meter = new Meter(node.jdbc());
    Drain timers = drainBareAt(node, at, n);
    line("bare timers: %d drained in %.1f s = %.0f jobs/s; %s", timers.jobs(), timers.seconds(), timers.perSecond(),
        meter.perJob(timers.jobs()));
  }

  /** Moves the clock to {@code at}, when the {@code n} waiting bare timers fall due, and drains them. */
  private static Drain drainBareAt(FeeNode node, String at, int n) throws InterruptedException {
    Date due = Date.from(ZonedDateTime.parse(at).toInstant());
    ClockUtil.setCurrentTime(due);
    return awaitBare(node, due, n);
  }

  /**
   * Wakes the job executor and waits until {@code n} bare instances have ended since {@code since}, counted through
   * the engine's history index on (definition, end time): the poll reads the instances this run has ended, as the
   * stage's poll reads its notices, not every instance still running.
   */
  private static Drain awaitBare(FeeNode node, Date since, int n) throws InterruptedException {
    String definition = node.engine().getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(BARE).latestVersion().singleResult().getId();
    return drain(node, n, () -> node.jdbc().queryForObject(
        "select count(*) from ACT_HI_PROCINST where PROC_DEF_ID_ = ? and END_TIME_ >= ?", Long.class, definition,
        new Timestamp(since.getTime())));
  }

  /**
   * Wakes the job executor and polls {@code count} (for at most 30 minutes) until it reaches {@code expected}: what
   * was counted last, and the seconds it took. The poll waits half the time the rest should take at the pace so far,
   * at most 100 ms and at least 5 ms, so that the end of a run is seen within a few milliseconds: a stage of 615
   * timers takes about a second, and a fixed 100 ms poll put up to a tenth on its time.
   */
  private static Drain drain(FeeNode node, long expected, LongSupplier count)
      throws InterruptedException {
    long t0 = System.nanoTime();
    // the executor, idle since the last run of timers, would see the moved clock only after its back-off (a minute)
    wake(node);
    long counted = count.getAsLong();
    while (counted < expected && seconds(t0) < 1800) {
      double restSeconds = counted == 0 ? 0.1 : seconds(t0) * (expected - counted) / counted;
      Thread.sleep(Math.max(5, Math.min(100, Math.round(restSeconds * 500))));
      counted = count.getAsLong();
    }
    return new Drain(counted, seconds(t0));
  }

  private record Drain(long jobs, double seconds) {
    double perSecond() {
      return jobs / seconds;
    }
  }

  /**
   * Not measured: 2,000 bare instances started and their timers run, so that the bare process's path is compiled by
   * the JIT before its first measured run, as the warm-up month does for fee-dunning's.
   */
  private void warmUp(FeeNode node, YearMonth period) throws Exception {
    ZonedDateTime start = new FeeCalendar(period, FeeFixtures.ZONE).periodStart();
    startBare(node, 2000, FeeCalendar.iso(start));
    Date due = Date.from(start.toInstant());
    // after the warm-up month the clock stands past the period's start; with the bare process only, it is moved there
    if (ClockUtil.getCurrentTime().before(due)) {
      ClockUtil.setCurrentTime(due);
    }
    awaitBare(node, due, 2000);
  }

  private static void startBare(FeeNode node, int n, String at) {
    BpmnModelInstance model = Bpmn.createExecutableProcess(BARE).camundaHistoryTimeToLive(1)
        .startEvent().intermediateCatchEvent("wait").timerWithDate("${at}").endEvent().done();
    node.engine().getRepositoryService().createDeployment().addModelInstance("fee-benchmark-bare.bpmn", model)
        .enableDuplicateFiltering(true).deploy();
    TransactionTemplate tx = new TransactionTemplate(node.bean(PlatformTransactionManager.class));
    int chunk = node.bean(FeeProperties.class).billingChunkSize();
    for (int i = 0; i < n; i += chunk) {
      int from = i;
      tx.executeWithoutResult(status -> {
        for (int j = from; j < Math.min(n, from + chunk); j++) {
          node.engine().getRuntimeService().createProcessInstanceByKey(BARE)
              .businessKey("BARE-" + j).setVariables(Map.of("at", at)).execute();
        }
      });
    }
  }

  private static String loadHouseholds(JdbcTemplate jdbc, int count) {
    String code = "B" + Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
    jdbc.update("insert into estate (code, name, fee_rate) values (?, ?, 2.50)", code, "压测花园" + code);
    long estate = jdbc.queryForObject("select id from estate where code = ?", Long.class, code);
    jdbc.update("insert into building (estate_id, code, name) values (?, '1', '1栋')", estate);
    long building = jdbc.queryForObject("select id from building where estate_id = ?", Long.class, estate);
    for (int from = 0; from < count; from += 1000) {
      List<Object[]> units = new ArrayList<>();
      List<Object[]> people = new ArrayList<>();
      for (int i = from; i < Math.min(count, from + 1000); i++) {
        String unit = code + "-" + i;
        units.add(new Object[] {building, unit, i / 8 + 1, new BigDecimal("100.00")});
        people.add(new Object[] {"业主" + i, "138" + String.format("%08d", i), LocalDate.of(2020, 1, 1), unit});
      }
      jdbc.batchUpdate("insert into unit (building_id, code, floor_no, area) values (?, ?, ?, ?)", units);
      jdbc.batchUpdate("""
          insert into household (unit_id, owner_name, phone, medical_equipment, moved_in_on)
          select id, ?, ?, false, ? from unit where code = ?""", people);
    }
    return code;
  }

  private static void analyze(JdbcTemplate jdbc) {
    jdbc.execute("vacuum analyze");
  }

  /**
   * Before every measured run of timers: VACUUM ANALYZE, then a CHECKPOINT, so that every run starts from the same
   * state. PostgreSQL starts checkpoints on its own (every 1 GB of WAL here, every 2 to 4 minutes of this benchmark),
   * and after a checkpoint the first change of every page writes the whole page to the WAL: without this, such a
   * checkpoint falls into some stages and not into others.
   */
  private static void settle(JdbcTemplate jdbc) {
    analyze(jdbc);
    jdbc.execute("checkpoint");
    // and no run pays for collecting the garbage of what ran before it
    System.gc();
  }

  /**
   * What a run of timers cost per job: the WAL it wrote (with synchronous commit a job's commit waits for its WAL to
   * reach the disk, and the first change of a page after a checkpoint writes the whole page; {@code pg_waldump
   * --stats -s FROM -e TO} breaks it down), the CPU of this JVM and that of the rest of the machine (PostgreSQL,
   * here alone beside the benchmark; read from /proc/stat where there is one).
   */
  private static final class Meter {
    private final JdbcTemplate jdbc;
    private final String wal;
    private final long javaCpu = javaCpuNanos();
    private final long machineCpu = machineCpuNanos();

    Meter(JdbcTemplate jdbc) {
      this.jdbc = jdbc;
      this.wal = walPosition(jdbc);
    }

    String perJob(long jobs) {
      long java = javaCpuNanos() - javaCpu;
      long machine = machineCpuNanos() - machineCpu;
      String to = walPosition(jdbc);
      long bytes = jdbc.queryForObject("select pg_wal_lsn_diff(?::pg_lsn, ?::pg_lsn)::bigint", Long.class, to, wal);
      double n = Math.max(1, jobs);
      String cpu = machine <= 0 ? String.format("CPU Java %.2f ms/job", java / 1e6 / n)
          : String.format("CPU Java %.2f + rest %.2f ms/job", java / 1e6 / n, (machine - java) / 1e6 / n);
      return String.format("%s; WAL %.1f kB/job (%s–%s)", cpu, bytes / 1024.0 / n, wal, to);
    }

    private static String walPosition(JdbcTemplate jdbc) {
      return jdbc.queryForObject("select pg_current_wal_insert_lsn()::text", String.class);
    }

    private static long javaCpuNanos() {
      return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }

    /** Busy CPU of the whole machine (user, nice, system, irq, softirq) from /proc/stat, 0 where there is none. */
    private static long machineCpuNanos() {
      try {
        String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long ticks = 0;
        for (int i : new int[] {1, 2, 3, 6, 7}) {
          ticks += Long.parseLong(f[i]);
        }
        return ticks * 10_000_000L; // USER_HZ is 100 on Linux
      } catch (java.io.IOException | RuntimeException e) {
        return 0;
      }
    }
  }

  private void line(String format, Object... args) {
    String text = String.format(format, args);
    if (!warmingUp) {
      report.add(text);
    }
    System.out.println((warmingUp ? "[warm-up] " : "[benchmark] ") + timeOfDay() + " " + text);
  }

  /** The wall-clock time printed on every line, to lay the benchmark's lines beside the stand-in's. */
  private static java.time.LocalTime timeOfDay() {
    return java.time.LocalTime.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /**
   * Stands in for autovacuum, which is off on this machine's PostgreSQL (PostgreSQL's default is on), with its
   * default thresholds and throttling, checked once a minute as autovacuum visits a database
   * ({@code autovacuum_naptime} 1 min; checked every 10 s, it analysed the engine's busiest tables six times as
   * often: 3 to 6 s of vacuuming and analysing in every 10 s of some runs of timers): VACUUM a table with more dead
   * rows than 50 + 20% of its rows (ended instances leave them in the engine's runtime tables), ANALYZE one with
   * more rows changed since its last analysis than 50 + 10%. Without it the plans PostgreSQL made while a table was
   * nearly empty (a sequential scan for every foreign-key check) stay cached on every connection while the table
   * grows.
   */
  private static final class AutoVacuum implements AutoCloseable {
    private final java.util.concurrent.ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    AutoVacuum(JdbcTemplate jdbc) {
      timer.scheduleWithFixedDelay(() -> {
        try {
          List<String> work = jdbc.queryForList("""
              select case when n_dead_tup > 50 + 0.2 * n_live_tup then 'vacuum analyze ' else 'analyze ' end
                || quote_ident(relname)
              from pg_stat_user_tables
              where n_dead_tup > 50 + 0.2 * n_live_tup or n_mod_since_analyze > 50 + 0.1 * n_live_tup""",
              String.class);
          // throttled like autovacuum (autovacuum_vacuum_cost_delay 2 ms), not a full-speed burst
          jdbc.execute((java.sql.Connection connection) -> {
            try (var statement = connection.createStatement()) {
              statement.execute("set vacuum_cost_delay = '2ms'");
              for (String command : work) {
                long t0 = System.nanoTime();
                statement.execute(command);
                // printed, so that a run of timers slower than its neighbours can be laid beside what ran during it
                System.out.printf("[autovacuum] %s %s: %.1f s%n", timeOfDay(), command, seconds(t0));
              }
              statement.execute("reset vacuum_cost_delay");
            }
            return null;
          });
        } catch (RuntimeException e) {
          System.out.println("[benchmark] autovacuum stand-in: " + e.getMessage());
        }
      }, 60, 60, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
      timer.shutdown();
      timer.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  /** Samples the used heap every 50 ms. */
  private static final class HeapWatch {
    private final AtomicLong peak = new AtomicLong();
    private final java.util.concurrent.ScheduledExecutorService sampler =
        Executors.newSingleThreadScheduledExecutor();

    HeapWatch() {
      System.gc();
      sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(
          ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max), 0, 50, TimeUnit.MILLISECONDS);
    }

    void stop() {
      sampler.shutdownNow();
    }

    long peakMb() {
      return peak.get() / 1024 / 1024;
    }

    long usedAfterGcMb() {
      System.gc();
      return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1024 / 1024;
    }
  }
}
