package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.FeeDunningProcess.Var;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.engine.EngineCommands;
import com.wuye.bpm.estate.BillableUnit;
import com.wuye.bpm.estate.UnitDirectory;
import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly billing run: one bill per billable unit and period, and one fee-dunning instance per bill
 * (business key = bill number). Units are walked in id order in chunks, each chunk one transaction that also
 * moves the run's cursor, so memory does not grow with the number of households, a crash loses at most the
 * chunk in hand (resumed from the cursor), and running a period again creates nothing twice.
 */
@Service
public class BillingRunService {

  private static final Logger log = LoggerFactory.getLogger(BillingRunService.class);
  private static final Pattern PERIOD = Pattern.compile("\\d{4}-\\d{2}");

  private final BillingRunRepository runs;
  private final RuntimeService runtimeService;
  private final EngineCommands engineCommands;
  private final UnitDirectory units;
  private final TransactionTemplate transaction;
  private final FeeProperties properties;
  private final Clock clock;
  private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "fee-billing-run");
    thread.setDaemon(true);
    return thread;
  });
  /** periods this node is running now; only saves a second thread the wait, correctness is the row lock's */
  private final Set<String> inHand = ConcurrentHashMap.newKeySet();

  BillingRunService(BillingRunRepository runs, UnitDirectory units, ProcessEngine engine,
      EngineCommands engineCommands, PlatformTransactionManager transactions, FeeProperties properties, Clock clock) {
    this.runs = runs;
    this.units = units;
    this.runtimeService = engine.getRuntimeService();
    this.engineCommands = engineCommands;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.properties = properties;
    this.clock = clock;
  }

  public static YearMonth parsePeriod(String period) {
    if (period == null || !PERIOD.matcher(period).matches()) {
      throw new BadInputException("period", "账期格式应为 yyyy-MM，例如 2027-02 (period as yyyy-MM)");
    }
    try {
      return YearMonth.parse(period);
    } catch (DateTimeParseException e) {
      throw new BadInputException("period", "无效的账期 " + period + " (no such month)");
    }
  }

  /**
   * Starts (or resumes, or re-runs) the period's run in the background and returns its state. Only periods from
   * the first billable one ({@code wuye.fee.first-period}, by default the month the first household moved in) up
   * to next month may be billed; any other is refused before anything is written.
   */
  public BillingRun request(YearMonth period) {
    YearMonth first = firstPeriod();
    YearMonth last = YearMonth.now(clock).plusMonths(1);
    if (period.isBefore(first) || period.isAfter(last)) {
      throw new BadInputException("period", "账期应在 " + first + " 至 " + last + " 之间 (period between " + first
          + " and " + last + ")");
    }
    prepare(period);
    submit(period);
    return status(period.toString());
  }

  /** Creates the period's run, or sets a finished or failed one RUNNING again; {@link #run} then does the work. */
  public void prepare(YearMonth period) {
    String key = period.toString();
    transaction.executeWithoutResult(status -> {
      if (!runs.create(key, now())) {
        runs.restart(key, now());
      }
    });
  }

  /** The monthly timer: this month's run, once per period across the cluster (later calls resume it). */
  public void startMonthlyRun() {
    YearMonth period = YearMonth.now(clock);
    transaction.executeWithoutResult(status -> runs.create(period.toString(), now()));
    submit(period);
  }

  /** Runs whose node stopped in the middle (nothing moved for a while) are taken over. */
  public void resumeStaleRuns() {
    for (String period : runs.stale(now().minus(properties.billingResumeAfter()))) {
      log.warn("billing run {} was left RUNNING by a node that stopped: resuming it", period);
      submit(YearMonth.parse(period));
    }
  }

  /** The first period a billing run may bill. */
  public YearMonth firstPeriod() {
    if (properties.firstPeriod() != null) {
      return properties.firstPeriod();
    }
    LocalDate firstMoveIn = units.firstMoveIn().orElse(null);
    return firstMoveIn == null ? YearMonth.now(clock) : YearMonth.from(firstMoveIn);
  }

  public BillingRun status(String period) {
    return runs.find(period).orElseThrow(() -> new NotFoundException("计费批次", period));
  }

  public long billableUnits() {
    return units.billableCount();
  }

  private void submit(YearMonth period) {
    if (inHand.add(period.toString())) {
      runner.execute(() -> {
        try {
          run(period);
        } finally {
          inHand.remove(period.toString());
        }
      });
    }
  }

  /** Bills chunk after chunk until the last unit; a failure marks the run FAILED with the reason. */
  public void run(YearMonth period) {
    try {
      while (Boolean.TRUE.equals(transaction.execute(status -> billChunk(period)))) {
        // next chunk
      }
    } catch (RuntimeException e) {
      log.error("billing run {} failed; POST it again to resume", period, e);
      transaction.executeWithoutResult(status -> runs.fail(period.toString(), String.valueOf(e.getMessage()), now()));
    }
  }

  /** One chunk in one transaction; true when there is more to do. */
  private boolean billChunk(YearMonth period) {
    String key = period.toString();
    BillingRun run = runs.lock(key).orElseThrow(() -> new IllegalStateException("no billing run " + key));
    if (run.status() != BillingRun.Status.RUNNING) {
      return false;
    }
    int chunkSize = properties.billingChunkSize();
    List<BillableUnit> billable = units.billableAfter(run.lastUnitId(), chunkSize);
    if (billable.isEmpty()) {
      runs.advance(key, run.lastUnitId(), 0, 0, true, now());
      return false;
    }
    FeeCalendar calendar = new FeeCalendar(period, clock.getZone());
    OffsetDateTime periodStart = calendar.periodStart().toOffsetDateTime();
    OffsetDateTime now = now();
    List<Object[]> bills = new ArrayList<>(billable.size());
    for (BillableUnit unit : billable) {
      if (unit.area() == null || unit.feeRate() == null) {
        throw new IllegalStateException("房屋 " + unit.code() + " 没有建筑面积或收费标准，无法计费 (unit has no area)");
      }
      BigDecimal amount = unit.area().multiply(unit.feeRate()).setScale(2, RoundingMode.HALF_UP);
      bills.add(new Object[] {FeeBill.number(key, unit.code()), unit.id(), key, periodStart, amount,
          DunningStage.PAYMENT_NOTICE.id(), now, unit.id(), key});
    }
    int created = runs.insertBills(bills);
    long last = billable.get(billable.size() - 1).id();
    List<BillingRunRepository.UnstartedBill> unstarted = runs.unstarted(key, run.lastUnitId(), last);
    // All starts of the chunk in one engine command: the engine writes them in one flush at its end, each
    // statement as one JDBC batch for the whole chunk, instead of one flush of single rows per instance.
    List<Object[]> started = engineCommands.inOneCommand(() -> {
      List<Object[]> ids = new ArrayList<>(unstarted.size());
      for (BillingRunRepository.UnstartedBill bill : unstarted) {
        String instanceId = runtimeService.createProcessInstanceByKey(FeeDunningProcess.KEY)
            .businessKey(bill.number()).setVariables(startVariables(bill.number(), key)).execute().getId();
        ids.add(new Object[] {instanceId, bill.id()});
      }
      return ids;
    });
    runs.started(started);
    boolean done = billable.size() < chunkSize;
    runs.advance(key, last, created, started.size(), done, now());
    return !done;
  }

  /** What fee-dunning starts with: the bill and its period; the timers compute their dates from the period. */
  static Map<String, Object> startVariables(String billNumber, String period) {
    return Map.of(Var.BILL_NUMBER, billNumber, Var.PERIOD, period);
  }

  @PreDestroy
  void stop() {
    runner.shutdownNow();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
