package com.wuye.bpm.service;

import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Owner callbacks (业主回访): planned from the units whose complaints and repairs recur, appointed by phone, visited by
 * the customer-service supervisor with the departments concerned, recorded, reviewed and counted.
 */
@Service
public class OwnerCallbackService {

  static final String NUMBER_PREFIX = "HF";
  static final int NUMBER_DIGITS = 6;

  private final OwnerCallbackRepository callbacks;
  private final RecurringProblemQuery problems;
  private final CallbackProperties settings;
  private final DocumentNumbers numbers;
  private final Clock clock;

  OwnerCallbackService(OwnerCallbackRepository callbacks, RecurringProblemQuery problems,
      CallbackProperties settings, DocumentNumbers numbers, Clock clock) {
    this.callbacks = callbacks;
    this.problems = problems;
    this.settings = settings;
    this.numbers = numbers;
    this.clock = clock;
  }

  /** The units the plan would take now, most recurring first (nothing is written). */
  public List<RecurringProblem> candidates() {
    OffsetDateTime now = now();
    return problems.recurring(now.minusMonths(settings.windowMonths()), now, settings.minProblems());
  }

  /**
   * Plans the callback of the unit whose problems recur most and that was not called back within the window;
   * empty when no unit qualifies. Planning the same instance again answers its record.
   */
  public Optional<OwnerCallback> plan(String processInstanceId, String plannedBy) {
    Optional<OwnerCallback> planned = callbacks.findByProcessInstance(processInstanceId);
    if (planned.isPresent()) {
      return planned;
    }
    return candidates().stream().findFirst().map(problem -> {
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", number);
      row.put("process_instance_id", processInstanceId);
      row.put("unit_code", problem.unit());
      row.put("complaint_count", problem.complaints());
      row.put("repair_count", problem.repairs());
      row.put("categories", String.join(", ", problem.categories()));
      row.put("window_months", settings.windowMonths());
      row.put("planned_by", plannedBy);
      row.put("received_at", now());
      row.put("status", OwnerCallbackStatus.PLANNED.name());
      callbacks.insert(row);
      return get(number);
    });
  }

  String summary(OwnerCallback callback) {
    return new RecurringProblem(callback.unit(), callback.complaintCount(), callback.repairCount(), List.of())
        .summary(callback.windowMonths());
  }

  /** The phone appointment: a time agreed (not in the past), or the owner declined. */
  public void appoint(String number, boolean agreed, LocalDateTime appointmentAt, String note) {
    if (!agreed) {
      callbacks.advance(number, OwnerCallbackStatus.DECLINED, Map.of("declined_reason", note),
          OwnerCallbackStatus.PLANNED);
      return;
    }
    FieldRules rules = new FieldRules().present(OwnerCallbackProcess.Var.APPOINTMENT_AT, appointmentAt);
    if (appointmentAt != null && appointmentAt.isBefore(LocalDateTime.now(clock))) {
      rules.reject(OwnerCallbackProcess.Var.APPOINTMENT_AT, "不能早于现在 (not in the past)");
    }
    rules.check();
    callbacks.advance(number, OwnerCallbackStatus.APPOINTED,
        Map.of("appointment_at", appointmentAt.atZone(clock.getZone()).toOffsetDateTime()),
        OwnerCallbackStatus.PLANNED);
  }

  /** The visit: what the owner asked, solved on site or the rest with a date agreed with the owner. */
  public void visit(String number, List<String> departments, String questions, boolean resolved,
      String pendingIssues, LocalDate agreedDate, String visitedBy) {
    FieldRules rules = new FieldRules();
    if (!resolved) {
      rules.present(OwnerCallbackProcess.Var.PENDING_ISSUES, pendingIssues);
      rules.present(OwnerCallbackProcess.Var.AGREED_DATE, agreedDate);
      if (agreedDate != null && agreedDate.isBefore(LocalDate.now(clock))) {
        rules.reject(OwnerCallbackProcess.Var.AGREED_DATE, "不能早于今天 (not in the past)");
      }
    }
    rules.check();
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("departments", String.join(",", departments));
    columns.put("owner_questions", questions);
    columns.put("resolved_on_site", resolved);
    columns.put("pending_issues", resolved ? null : pendingIssues);
    columns.put("agreed_date", resolved ? null : agreedDate);
    columns.put("visited_by", visitedBy);
    columns.put("visited_at", now());
    callbacks.advance(number, OwnerCallbackStatus.VISITED, columns, OwnerCallbackStatus.APPOINTED);
  }

  /** 《回访业主记录表》 filled in (again, after a return). */
  public void record(String number, String content, String satisfaction) {
    callbacks.advance(number, OwnerCallbackStatus.RECORDED, Map.of("record_content", content, "satisfaction",
        satisfaction), OwnerCallbackStatus.VISITED, OwnerCallbackStatus.RETURNED);
  }

  /** The customer-service supervisor's review: accepted, or returned to be completed. */
  public void review(String number, boolean accepted, String reviewer) {
    if (accepted) {
      callbacks.advance(number, OwnerCallbackStatus.REVIEWED, Map.of("reviewed_by", reviewer),
          OwnerCallbackStatus.RECORDED);
    } else {
      callbacks.advance(number, OwnerCallbackStatus.RETURNED, Map.of("return_count", get(number).returnCount() + 1),
          OwnerCallbackStatus.RECORDED);
    }
  }

  /** 记录统计: the reviewed record counts in the statistics. */
  public void complete(String number) {
    callbacks.advance(number, OwnerCallbackStatus.COMPLETED, Map.of("completed_at", now()),
        OwnerCallbackStatus.REVIEWED);
  }

  public OwnerCallback get(String number) {
    return callbacks.get(number);
  }

  public List<OwnerCallback> find(String unit, OwnerCallbackStatus status, ReceivedBetween days) {
    return callbacks.find(unit, status, days.from(), days.to(), ServiceReaders.LIST_LIMIT);
  }

  /** The statistics of the callbacks planned in the days asked about. */
  public CallbackStatistics statistics(ReceivedBetween days) {
    Map<String, Long> byStatus = callbacks.countBy("status", days.from(), days.to());
    return new CallbackStatistics(days.from(), days.to(), byStatus.values().stream().mapToLong(Long::longValue).sum(),
        byStatus, callbacks.countBy("resolved_on_site", days.from(), days.to()),
        callbacks.countBy("satisfaction", days.from(), days.to()));
  }

  /**
   * 回访统计: callbacks planned in [from, to); by status, by whether the visit solved everything on site
   * ({@code true}, {@code false}, {@code null} = not visited yet) and by the owner's satisfaction.
   */
  public record CallbackStatistics(OffsetDateTime from, OffsetDateTime to, long planned, Map<String, Long> byStatus,
      Map<String, Long> byResolvedOnSite, Map<String, Long> bySatisfaction) {}

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
