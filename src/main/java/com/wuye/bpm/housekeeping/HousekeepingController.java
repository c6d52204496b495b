package com.wuye.bpm.housekeeping;

import com.wuye.bpm.api.ApiUser;
import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.casefile.CaseFile;
import com.wuye.bpm.casefile.CaseStep;
import com.wuye.bpm.engine.StaffGroup;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cleaning records for managers: the versions of the cleaning regulations and the daily checks. Read only. */
@RestController
@RequestMapping("/api/housekeeping")
class HousekeepingController {

  static final int MAX_DAYS = 92;
  private static final Map<String, String> RESULT_NAMES = Map.of("pass", "合格", "fail", "不合格");

  private final CleaningService cleaning;
  private final CaseFile caseFile;
  private final Clock clock;

  HousekeepingController(CleaningService cleaning, CaseFile caseFile, Clock clock) {
    this.cleaning = cleaning;
    this.caseFile = caseFile;
    this.clock = clock;
  }

  @GetMapping("/cleaning-regulations")
  List<RegulationsView> regulations(HttpServletRequest request) {
    readers(request);
    return cleaning.allRegulations().stream().map(r -> RegulationsView.of(r, null)).toList();
  }

  @GetMapping("/cleaning-regulations/{number}")
  RegulationsView regulations(@PathVariable String number, HttpServletRequest request) {
    readers(request);
    return RegulationsView.of(cleaning.regulations(number), caseFile.steps(number));
  }

  /** The checks of the days from {@code from} to {@code to} (default the last 7 days, at most 92 days). */
  @GetMapping("/daily-checks")
  List<DailyCheckView> dailyChecks(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, HttpServletRequest request) {
    readers(request);
    FieldRules rules = new FieldRules();
    LocalDate last = date(rules, "to", to, LocalDate.now(clock));
    LocalDate first = date(rules, "from", from, last.minusDays(6));
    if (!rules.hasError("from") && !rules.hasError("to")
        && (first.isAfter(last) || first.plusDays(MAX_DAYS).isBefore(last))) {
      rules.reject("from", "须不晚于 to，且相差不超过 " + MAX_DAYS + " 天 (from must be on or before to, at most "
          + MAX_DAYS + " days apart)");
    }
    rules.check();
    return cleaning.dailyChecks(first, last).stream().map(c -> DailyCheckView.of(c, null)).toList();
  }

  @GetMapping("/daily-checks/{number}")
  DailyCheckView dailyCheck(@PathVariable String number, HttpServletRequest request) {
    readers(request);
    return DailyCheckView.of(cleaning.dailyCheck(number), caseFile.steps(number));
  }

  private static void readers(HttpServletRequest request) {
    ApiUser.of(request).requireAnyGroup(StaffGroup.HOUSEKEEPING_SUPERVISOR.id(), StaffGroup.QUALITY_MANAGER.id(),
        StaffGroup.QUALITY_CENTER.id(), StaffGroup.GENERAL_MANAGER.id(), StaffGroup.MANAGERS.id());
  }

  private static LocalDate date(FieldRules rules, String field, String value, LocalDate otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      rules.reject(field, "日期格式应为 2026-12-07 (a date like 2026-12-07)");
      return otherwise;
    }
  }

  /** A version of the regulations as the API shows it; steps only when one is asked for. */
  record RegulationsView(String number, String title, String content, String revisionReason, String status,
      String statusName, Integer version, String draftedBy, OffsetDateTime draftedAt, OffsetDateTime inForceFrom,
      OffsetDateTime supersededAt, String supersededBy, String withdrawnReason, LocalDate studiedOn,
      Integer attendees, String studyNote, List<CaseStep> steps) {

    static RegulationsView of(CleaningRegulations r, List<CaseStep> steps) {
      return new RegulationsView(r.number(), r.title(), r.content(), r.revisionReason(), r.status().name(),
          r.status().chineseName(), r.version(), r.draftedBy(), r.draftedAt(), r.inForceFrom(), r.supersededAt(),
          r.supersededBy(), r.withdrawnReason(), r.studiedOn(), r.attendees(), r.studyNote(), steps);
    }
  }

  /** A day's check as the API shows it; steps only when one is asked for. */
  record DailyCheckView(String number, LocalDate checkDate, String regulationsNumber, String status,
      String statusName, String checkedAreas, String selfCheckResult, String selfCheckResultName,
      String selfCheckProblems, String selfCheckedBy, String improvement, String improvedBy, Integer staffPresent,
      String appearanceAndTools, String appearanceAndToolsName, String meetingNotes, String ownerSuggestions,
      String preShiftBy, OffsetDateTime closedAt, List<CaseStep> steps) {

    static DailyCheckView of(DailyCleaningCheck c, List<CaseStep> steps) {
      return new DailyCheckView(c.number(), c.checkDate(), c.regulationsNumber(), c.status().name(),
          c.status().chineseName(), c.checkedAreas(), c.selfCheckResult(),
          c.selfCheckResult() == null ? null : RESULT_NAMES.get(c.selfCheckResult()), c.selfCheckProblems(),
          c.selfCheckedBy(), c.improvement(), c.improvedBy(), c.staffPresent(), c.appearanceAndTools(),
          c.appearanceAndTools() == null ? null : RESULT_NAMES.get(c.appearanceAndTools()), c.meetingNotes(),
          c.ownerSuggestions(), c.preShiftBy(), c.closedAt(), steps);
    }
  }
}
