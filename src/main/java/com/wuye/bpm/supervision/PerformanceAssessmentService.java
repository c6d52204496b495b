package com.wuye.bpm.supervision;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.engine.StaffGroup;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import com.wuye.bpm.supervision.PerformanceAssessment.ProjectScore;
import com.wuye.bpm.supervision.PerformanceAssessment.State;
import com.wuye.bpm.supervision.PerformanceAssessmentProcess.Var;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * A round of 项目绩效考核 (《物业公司品质管理部职责及管理目标》质量管理制度及质量检查标准 二): opened for the projects in scope, scheduled in
 * secret, each project scored by every inspector (its score the inspectors' average, two decimals, half up), each
 * branch's score the average of its projects', pay adjustments from the decision {@code assessment-pay-adjustment},
 * the results circulated and the summary sent to the quality department and HR, problems rectified.
 */
@Service
public class PerformanceAssessmentService {

  static final String NUMBER_PREFIX = "JXKH";
  static final int NUMBER_DIGITS = 5;
  static final BigDecimal MAX_SCORE = new BigDecimal("100");
  /** a project's problems go to its management centre, i.e. its customer-service team */
  static final String PROJECT_GROUP = StaffGroup.CUSTOMER_SERVICE.id();

  private final PerformanceAssessmentRepository assessments;
  private final PayAdjustment payAdjustment;
  private final RectificationNotices notices;
  private final NoticeService noticeService;
  private final DocumentNumbers numbers;
  private final SupervisionProperties properties;
  private final Clock clock;

  PerformanceAssessmentService(PerformanceAssessmentRepository assessments, PayAdjustment payAdjustment,
      RectificationNotices notices, NoticeService noticeService, DocumentNumbers numbers,
      SupervisionProperties properties, Clock clock) {
    this.assessments = assessments;
    this.payAdjustment = payAdjustment;
    this.notices = notices;
    this.noticeService = noticeService;
    this.numbers = numbers;
    this.properties = properties;
    this.clock = clock;
  }

  /** Opens the round of a process instance once, over every project of every branch; a retry gets the same round. */
  public PerformanceAssessment open(String processInstanceId, SupervisionLevel level) {
    return assessments.byProcessInstance(processInstanceId).orElseGet(() -> {
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      assessments.insert(number, processInstanceId, level, YearMonth.now(clock).toString(), now());
      return get(number);
    });
  }

  public void schedule(String number, LocalDate date, List<String> inspectors) {
    if (inspectors.isEmpty()) {
      throw new BadInputException(Var.INSPECTORS, "至少一名考核人员");
    }
    if (inspectors.stream().distinct().count() < inspectors.size()) {
      throw new BadInputException(Var.INSPECTORS, "考核人员重名");
    }
    if (!assessments.schedule(number, date, String.join("\n", inspectors))) {
      throw refused(get(number));
    }
  }

  /** Binds a new scoring task to its project (the multi-instance element) and tells the form about the project. */
  public ScoringTask startScoring(String number, String estateCode, String taskId) {
    PerformanceAssessment assessment = get(number);
    if (!assessments.bindScoringTask(assessment.id(), estateCode, taskId)) {
      throw new UnprocessableException(Var.PROJECT_CODE, "项目 " + estateCode + " 不在本轮考核中，或已经评分");
    }
    return new ScoringTask(estateCode, assessments.projectName(estateCode).orElse(estateCode),
        assessments.branchOf(estateCode).orElse(""), previousRectification(estateCode));
  }

  /** As {@link #score(String, String, String, Map, List, String)} for the project the scoring task was bound to. */
  public BigDecimal scoreByTask(String number, String taskId, String accompaniedBy, Map<String, BigDecimal> scores,
      List<String> problems, String by) {
    String estateCode = assessments.projectOfTask(get(number).id(), taskId)
        .orElseThrow(() -> new UnprocessableException(Var.PROJECT_CODE, "这项评分任务没有对应的考核项目"));
    return score(number, estateCode, accompaniedBy, scores, problems, by);
  }

  /**
   * One project's scores: every inspector of the round exactly once, each 0–100 with at most two decimals; the
   * project's score is their average. Its problems become draft rectification notices to the project.
   */
  public BigDecimal score(String number, String estateCode, String accompaniedBy, Map<String, BigDecimal> scores,
      List<String> problems, String by) {
    PerformanceAssessment assessment = get(number);
    if (assessment.stateValue() != State.SCHEDULED) {
      throw refused(assessment);
    }
    List<String> inspectors = assessment.inspectorNames();
    if (!scores.keySet().equals(Set.copyOf(inspectors))) {
      throw new BadInputException(Var.INSPECTOR_SCORES, "每名考核人员（" + String.join("、", inspectors) + "）各评一个分");
    }
    for (Map.Entry<String, BigDecimal> s : scores.entrySet()) {
      if (s.getValue().signum() < 0 || s.getValue().compareTo(MAX_SCORE) > 0 || s.getValue().scale() > 2) {
        throw new BadInputException(Var.INSPECTOR_SCORES, s.getKey() + " 的评分应为 0–100，最多两位小数");
      }
    }
    BigDecimal average = scores.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    if (!assessments.scoreProject(assessment.id(), estateCode, accompaniedBy, average, by)) {
      throw new UnprocessableException(Var.PROJECT_CODE, "项目 " + estateCode + " 不在本轮考核中，或已经评分");
    }
    scores.forEach((inspector, score) -> assessments.addInspectorScore(assessment.id(), estateCode, inspector, score));
    String project = assessments.projectName(estateCode).orElse(estateCode);
    LocalDate deadline = LocalDate.now(clock).plusDays(properties.assessmentRectificationDays());
    notices.draft(number, PerformanceAssessmentProcess.KEY, estateCode,
        problems.stream().map(p -> project + "：" + p).toList(), PROJECT_GROUP, deadline);
    return average;
  }

  /** Every project's and branch's pay adjustment from the decision; a branch's score is its projects' average. */
  public List<PerformanceAssessment.BranchScore> compute(String number) {
    PerformanceAssessment assessment = get(number);
    if (assessment.stateValue() == State.COMPUTED) {
      return assessments.branches(number);
    }
    if (assessment.stateValue() != State.SCHEDULED) {
      throw refused(assessment);
    }
    Map<String, List<BigDecimal>> byBranch = new TreeMap<>();
    for (ProjectScore p : assessments.projects(number)) {
      if (p.score() == null) {
        throw new UnprocessableException(Var.PROJECT_CODE, "项目 " + p.estateCode() + " 尚未评分");
      }
      assessments.projectPay(assessment.id(), p.estateCode(), payAdjustment.percentFor(p.score()));
      byBranch.computeIfAbsent(p.branchCode(), b -> new ArrayList<>()).add(p.score());
    }
    byBranch.forEach((branch, scores) -> {
      BigDecimal average = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
          .divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
      assessments.branchResult(assessment.id(), branch, average, payAdjustment.percentFor(average));
    });
    assessments.changeState(number, State.SCHEDULED, State.COMPUTED);
    return assessments.branches(number);
  }

  /** The circular of the results and the summary table to the quality department and HR, once. */
  public void report(String number) {
    PerformanceAssessment assessment = get(number);
    if (assessment.stateValue() == State.REPORTED) {
      return;
    }
    if (assessment.stateValue() != State.COMPUTED) {
      throw refused(assessment);
    }
    String projects = assessments.projects(number).stream()
        .map(p -> p.projectName() + "（" + p.branchName() + "）" + p.score() + " 分，工资浮动 "
            + signed(p.payAdjustmentPercent()))
        .collect(Collectors.joining("；"));
    String branches = assessments.branches(number).stream()
        .map(b -> b.branchName() + " " + b.score() + " 分，工资浮动 " + signed(b.payAdjustmentPercent()))
        .collect(Collectors.joining("；"));
    String title = assessment.levelValue().label() + " " + assessment.period() + "（" + number + "）";
    noticeService.issue(new Notice("assessment-circular", number, PROJECT_GROUP, "tasklist", "考核结果通报：" + title,
        "项目：" + projects + "。分公司：" + branches + "。"));
    for (String group : List.of(StaffGroup.QUALITY_CENTER.id(), StaffGroup.ADMIN_HR.id())) {
      noticeService.issue(new Notice("assessment-summary-" + group, number, group, "tasklist",
          "项目考核评分汇总表：" + title, "项目：" + projects + "。分公司：" + branches + "。"));
    }
    assessments.changeState(number, State.COMPUTED, State.REPORTED);
  }

  /**
   * When the round's summary table is due: the branches send it to the quality department and HR before the 5th of
   * the month after the round's month.
   */
  public OffsetDateTime summaryDueAt(PerformanceAssessment assessment) {
    return YearMonth.parse(assessment.period()).plusMonths(1).atDay(5).atStartOfDay(clock.getZone())
        .toOffsetDateTime();
  }

  /** The summary table is overdue: the team, the quality department and HR are told, once. */
  public void remindSummary(String number) {
    PerformanceAssessment assessment = get(number);
    if (assessment.stateValue() != State.SCHEDULED && assessment.stateValue() != State.OPENED) {
      return;
    }
    String body = assessment.levelValue().label() + " " + assessment.period() + "（" + number
        + "）尚未评分完毕，考核评分汇总表已过下月 5 日的报送期限。";
    for (String group : List.of(assessment.teamGroup(), StaffGroup.QUALITY_CENTER.id(), StaffGroup.ADMIN_HR.id())) {
      noticeService.issue(new Notice("assessment-late-" + group, number, group, "tasklist",
          "考核评分汇总表逾期未报", body));
    }
  }

  /** Closes the round; projects whose problems needed a second notice are marked for a deduction next time. */
  public void close(String number) {
    PerformanceAssessment assessment = get(number);
    if (assessment.stateValue() == State.CLOSED) {
      return;
    }
    assessments.markUnfinished(assessment.id(), notices.subjectsNotRectifiedInTime(number));
    if (!assessments.close(number, now())) {
      throw refused(assessment);
    }
  }

  /** What the scoring form says about the project's previous round: unfinished rectification is deducted. */
  public String previousRectification(String estateCode) {
    return assessments.lastUnfinished(estateCode)
        .map(n -> "上次考核（" + n + "）的整改经复检未完成，本次考核给予扣分")
        .orElse("上次考核无未完成的整改");
  }

  public PerformanceAssessment get(String number) {
    return assessments.byNumber(number).orElseThrow(() -> new NotFoundException("项目绩效考核", number));
  }

  public List<ProjectScore> projects(String number) {
    return assessments.projects(number);
  }

  public List<PerformanceAssessment.BranchScore> branches(String number) {
    return assessments.branches(number);
  }

  public List<PerformanceAssessment.InspectorScore> inspectorScores(PerformanceAssessment assessment) {
    return assessments.inspectorScores(assessment.id());
  }

  /** Every project's and branch's scores of the rounds of a month. */
  public Scores scores(YearMonth period) {
    return new Scores(period.toString(), assessments.projectScores(period.toString()),
        assessments.branchScores(period.toString()));
  }

  private static String signed(Integer percent) {
    return percent == null ? "—" : (percent > 0 ? "+" : "") + percent + "%";
  }

  private static UnprocessableException refused(PerformanceAssessment assessment) {
    return SupervisionStates.refused(Var.ASSESSMENT_NUMBER, "考核", assessment.number(), assessment.stateValue());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  /** What a scoring task's form shows about its project. */
  public record ScoringTask(String estateCode, String projectName, String branchName, String previousRectification) {}

  /** The scores of a month's rounds, as managers read them. */
  public record Scores(String period, List<ProjectScore> projects, List<PerformanceAssessment.BranchScore> branches) {}
}
