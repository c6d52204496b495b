package com.wuye.bpm.kpi;

import com.wuye.bpm.api.ApiUser;
import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.engine.StaffGroup;
import com.wuye.bpm.fee.BillingRunService;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 经营指标 for the managers' groups (403 for everybody else); see docs/kpis.md for what each figure means. */
@RestController
@RequestMapping("/api/kpis")
class KpiController {

  /** Who may read the figures; camunda-admin may too (ApiUser). */
  static final String[] READERS = {StaffGroup.MANAGERS.id(), StaffGroup.GENERAL_MANAGER.id(),
      StaffGroup.DEPUTY_GENERAL_MANAGER.id(), StaffGroup.QUALITY_MANAGER.id()};

  private final ComplaintKpis complaints;
  private final FeeKpis fees;
  private final OverdueKpis overdue;
  private final Clock clock;

  KpiController(ComplaintKpis complaints, FeeKpis fees, OverdueKpis overdue, Clock clock) {
    this.complaints = complaints;
    this.fees = fees;
    this.overdue = overdue;
    this.clock = clock;
  }

  /** Complaints received from {@code from} to {@code to}, both days included, in the company's zone. */
  @GetMapping("/complaints")
  ComplaintKpis.ComplaintReport complaints(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, HttpServletRequest request) {
    ApiUser.of(request).requireAnyGroup(READERS);
    LocalDate first = day("from", from);
    LocalDate last = day("to", to);
    if (last.isBefore(first)) {
      throw new BadInputException("to", "结束日期早于开始日期 (to is before from)");
    }
    return complaints.report(first.atStartOfDay(clock.getZone()).toOffsetDateTime(),
        last.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime());
  }

  /** The bills of a month, for every estate or one ({@code estate}: its code; 404 when there is no such estate). */
  @GetMapping("/fees")
  FeeKpis.FeeReport fees(@RequestParam(required = false) String period,
      @RequestParam(required = false) String estate, HttpServletRequest request) {
    ApiUser.of(request).requireAnyGroup(READERS);
    var month = BillingRunService.parsePeriod(period);
    String code = estate == null || estate.isBlank() ? null : estate.strip();
    if (code != null && (code.length() > 10 || !fees.estateExists(code))) {
      throw new NotFoundException("小区", code);
    }
    return fees.report(month, code, clock.getZone());
  }

  /** Work past its due date now. */
  @GetMapping("/overdue")
  OverdueKpis.OverdueReport overdue(HttpServletRequest request) {
    ApiUser.of(request).requireAnyGroup(READERS);
    return overdue.report(OffsetDateTime.now(clock), clock.getZone());
  }

  private static LocalDate day(String field, String value) {
    if (value == null || !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new BadInputException(field, "日期格式应为 yyyy-MM-dd，例如 2027-03-01 (date as yyyy-MM-dd)");
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadInputException(field, "无效的日期 " + value + " (no such day)");
    }
  }
}
