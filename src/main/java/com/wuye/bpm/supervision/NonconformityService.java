package com.wuye.bpm.supervision;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.engine.StaffGroup;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import com.wuye.bpm.supervision.NonconformityProcess.Var;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * A nonconformity report (不合格报告, 《物业公司品质管理部职责及管理目标》质量管理制度及质量检查标准 一、二) from issue to close: the department
 * corrects it by the deadline and answers in writing, the quality department verifies, a report not corrected goes
 * back. Each step writes only from the state it follows.
 */
@Service
public class NonconformityService {

  static final String NUMBER_PREFIX = "BHG";
  static final int NUMBER_DIGITS = 5;
  /** The departments a report can be issued to (every department with a quality officer). */
  static final Set<String> DEPARTMENTS = Set.of("customer-service", "engineering", "security", "monitoring-center",
      "housekeeping", "finance", "admin-hr", "market-development", "gm-office");
  static final Map<String, String> SOURCES = Map.of("self-check", "部门日常检查", "irregular-check", "品质管理部不定期检查");

  private final NonconformityRepository reports;
  private final DocumentNumbers numbers;
  private final NoticeService notices;
  private final Clock clock;

  NonconformityService(NonconformityRepository reports, DocumentNumbers numbers, NoticeService notices, Clock clock) {
    this.reports = reports;
    this.numbers = numbers;
    this.notices = notices;
    this.clock = clock;
  }

  /** Registers the report of a process instance once (checked again: a start may carry anything). */
  public Nonconformity register(String processInstanceId, String issuedBy, Report report) {
    return reports.byProcessInstance(processInstanceId).orElseGet(() -> {
      FieldRules rules = new FieldRules()
          .oneOf(Var.RESPONSIBLE_GROUP, report.responsibleGroup(), DEPARTMENTS)
          .oneOf(Var.NONCONFORMITY_SOURCE, report.source(), SOURCES.keySet())
          .text(Var.NONCONFORMITY_DESCRIPTION, report.description(), 2000)
          .present(Var.CORRECTION_DEADLINE, report.deadline());
      if (report.deadline() != null && report.deadline().isBefore(LocalDate.now(clock))) {
        rules.reject(Var.CORRECTION_DEADLINE, "整改期限不能早于今天");
      }
      rules.check();
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      reports.insert(number, processInstanceId, report, issuedBy, now());
      Nonconformity registered = get(number);
      notices.issue(new Notice("nonconformity-issued", number, registered.responsibleGroup(), "tasklist",
          "不合格报告 " + number, registered.departmentName() + "：" + registered.description() + "。请于 "
              + registered.deadline() + " 前整改纠正并书面反馈品质管理部。"));
      return registered;
    });
  }

  public void correct(String number, String cause, String correctionReport) {
    if (!reports.corrected(number, cause, correctionReport, now())) {
      throw refused(get(number));
    }
  }

  /** Corrected: verified. Not corrected: back to the department. */
  public void verify(String number, boolean corrected, String note) {
    if (!reports.verified(number, corrected, note)) {
      throw refused(get(number));
    }
  }

  /** The deadline passed without a written answer: the department and the quality department are told, once. */
  public void remindOverdue(String number) {
    Nonconformity report = get(number);
    if (!reports.markOverdue(number)) {
      return;
    }
    String body = "不合格报告 " + number + "（" + report.departmentName() + "）已过整改期限 " + report.deadline()
        + "，尚未书面反馈。";
    notices.issue(new Notice("nonconformity-overdue", number, report.responsibleGroup(), "tasklist",
        "不合格报告逾期未反馈", body));
    notices.issue(new Notice("nonconformity-overdue-quality", number, StaffGroup.QUALITY_CENTER.id(), "tasklist",
        "不合格报告逾期未反馈", body));
  }

  public void close(String number) {
    Nonconformity report = get(number);
    if (report.stateValue() != Nonconformity.State.CLOSED && !reports.close(number, now())) {
      throw refused(report);
    }
  }

  public Nonconformity get(String number) {
    return reports.byNumber(number).orElseThrow(() -> new NotFoundException("不合格报告", number));
  }

  /** By department, the reports issued in a month ({@code month} given) or in a year. */
  public NonconformityStatistics statistics(int year, Integer month) {
    if (month != null && (month < 1 || month > 12)) {
      throw new BadInputException("month", "月份应为 1 到 12");
    }
    ZoneId zone = clock.getZone();
    LocalDate from = month == null ? LocalDate.of(year, 1, 1) : YearMonth.of(year, month).atDay(1);
    LocalDate to = month == null ? from.plusYears(1) : from.plusMonths(1);
    return new NonconformityStatistics(month == null ? String.valueOf(year) : YearMonth.of(year, month).toString(),
        reports.statistics(from.atStartOfDay(zone).toOffsetDateTime(), to.atStartOfDay(zone).toOffsetDateTime()));
  }

  ZoneId zone() {
    return clock.getZone();
  }

  private static UnprocessableException refused(Nonconformity report) {
    return SupervisionStates.refused(Var.NONCONFORMITY_NUMBER, "不合格报告", report.number(), report.stateValue());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  /** What the issuer writes on the report. */
  public record Report(String responsibleGroup, String source, String description, LocalDate deadline) {}
}
