package com.wuye.bpm.supervision;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import com.wuye.bpm.supervision.SafetySupervisionProcess.Var;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A 十必查 supervision (《内部督导的主要内容》（一）要点督导): every one of the ten areas checked, each area with problems
 * rectified by the group and within the days the decision {@code safety-area-responsibility} gives, the supervision
 * report filed; a month's supervisions make the monthly brief (品质督导月度简报).
 */
@Service
public class SafetySupervisionService {

  static final String NUMBER_PREFIX = "SBC";
  static final int NUMBER_DIGITS = 5;

  private final SafetySupervisionRepository supervisions;
  private final AreaResponsibility responsibility;
  private final RectificationNotices notices;
  private final EstateHouseholds estates;
  private final NoticeService noticeService;
  private final DocumentNumbers numbers;
  private final Clock clock;

  SafetySupervisionService(SafetySupervisionRepository supervisions, AreaResponsibility responsibility,
      RectificationNotices notices, EstateHouseholds estates, NoticeService noticeService, DocumentNumbers numbers,
      Clock clock) {
    this.supervisions = supervisions;
    this.responsibility = responsibility;
    this.notices = notices;
    this.estates = estates;
    this.noticeService = noticeService;
    this.numbers = numbers;
    this.clock = clock;
  }

  /** Opens the supervision of a process instance once. */
  public SafetySupervision open(String processInstanceId, SupervisionLevel level) {
    return supervisions.byProcessInstance(processInstanceId).orElseGet(() -> {
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      supervisions.insert(number, processInstanceId, level, now());
      return get(number);
    });
  }

  /** The checklist: all ten areas checked; the areas with problems among them, and what the problems are. */
  public void check(String number, String estateCode, List<String> checkedAreas, List<String> failedAreas,
      String findings) {
    if (estates.estateName(estateCode).isEmpty()) {
      throw new BadInputException(Var.ESTATE_CODE, "没有编号为 " + estateCode + " 的小区");
    }
    if (!new HashSet<>(checkedAreas).containsAll(SafetySupervision.AREAS)) {
      throw new BadInputException(Var.CHECKED_AREAS, "“十必查”的十个区域都要检查");
    }
    if (!SafetySupervision.AREAS.containsAll(failedAreas)) {
      throw new BadInputException(Var.FAILED_AREAS, "不是“十必查”的区域");
    }
    if (!failedAreas.isEmpty() && (findings == null || findings.isBlank())) {
      throw new BadInputException(Var.SAFETY_FINDINGS, "有问题的区域要写明发现的问题");
    }
    List<String> failed = SafetySupervision.AREAS.stream().filter(failedAreas::contains).toList();
    if (!supervisions.checked(number, estateCode, String.join(",", SafetySupervision.AREAS), String.join(",", failed),
        findings, now())) {
      throw refused(get(number));
    }
  }

  /** One draft rectification notice per area with problems, to the group the decision names, by its deadline. */
  public void assignResponsibility(String number) {
    SafetySupervision supervision = get(number);
    if (supervision.stateValue() != SafetySupervision.State.CHECKED) {
      throw refused(supervision);
    }
    for (String area : supervision.failedAreaList()) {
      AreaResponsibility.Responsibility r = responsibility.of(area);
      notices.draft(number, SafetySupervisionProcess.KEY, area, List.of(new RectificationNotice.Finding(area,
          r.responsibleGroup(), r.areaName() + "：" + supervision.findings(),
          LocalDate.now(clock).plusDays(r.rectificationDays()))));
    }
  }

  public void report(String number, String report) {
    if (!supervisions.reported(number, report)) {
      throw refused(get(number));
    }
  }

  /** Files the report and tells the team's group, once. */
  public void file(String number) {
    SafetySupervision supervision = get(number);
    if (supervision.stateValue() == SafetySupervision.State.FILED) {
      return;
    }
    if (!supervisions.filed(number, now())) {
      throw refused(supervision);
    }
    noticeService.issue(new Notice("safety-supervision-report", number, supervision.teamGroup(), "tasklist",
        "“十必查”督导报告 " + number, supervision.levelValue().label() + "：" + supervision.report()));
  }

  public SafetySupervision get(String number) {
    return supervisions.byNumber(number).orElseThrow(() -> new NotFoundException("“十必查”督导", number));
  }

  /**
   * The monthly brief (品质督导月度简报): the month's supervisions by level, how many found problems, problems by area,
   * and where their rectification notices stand.
   */
  public MonthlyBrief brief(YearMonth month) {
    ZoneId zone = clock.getZone();
    List<SafetySupervision> month0 = supervisions.openedBetween(month.atDay(1).atStartOfDay(zone).toOffsetDateTime(),
        month.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime());
    Map<String, Integer> byLevel = new LinkedHashMap<>();
    Map<String, Integer> byArea = new LinkedHashMap<>();
    int withProblems = 0;
    int open = 0;
    int rectified = 0;
    for (SafetySupervision s : month0) {
      byLevel.merge(s.levelValue().label(), 1, Integer::sum);
      if (!s.failedAreaList().isEmpty()) {
        withProblems++;
      }
      s.failedAreaList().forEach(a -> byArea.merge(responsibility.of(a).areaName(), 1, Integer::sum));
      for (RectificationNotice n : notices.of(s.number())) {
        if (n.state().equals("RECTIFIED")) {
          rectified++;
        } else {
          open++;
        }
      }
    }
    return new MonthlyBrief(month.toString(), month0.size(), byLevel, withProblems, byArea, rectified, open);
  }

  private static UnprocessableException refused(SafetySupervision supervision) {
    return SupervisionStates.refused(Var.SUPERVISION_NUMBER, "督导", supervision.number(), supervision.stateValue());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  /** 品质督导月度简报. */
  public record MonthlyBrief(String month, int supervisions, Map<String, Integer> byLevel, int withProblems,
      Map<String, Integer> problemsByArea, int noticesRectified, int noticesOpen) {}
}
