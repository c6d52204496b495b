package com.wuye.bpm.supervision;

import com.wuye.bpm.api.ApiUser;
import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.FlowStarter;
import jakarta.servlet.http.HttpServletRequest;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What managers read of the supervision flows: each record with its rectification notices, nonconformity statistics
 * by department, assessment scores per project and branch, the monthly 十必查 brief. Quality, management, branch
 * managers and HR read them; anyone else gets 403. A quality officer can also issue a nonconformity report here (the
 * model's starter groups decide who may).
 */
@RestController
@RequestMapping("/api/supervision")
class SupervisionController {

  static final String[] READERS = {"quality-center", "quality-manager", "general-manager", "deputy-general-manager",
      "managers", "branch-manager", "admin-hr"};

  private final QualityInspectionService inspections;
  private final NonconformityService nonconformities;
  private final PerformanceAssessmentService assessments;
  private final SafetySupervisionService safety;
  private final RectificationNotices notices;
  private final FlowStarter starter;

  SupervisionController(QualityInspectionService inspections, NonconformityService nonconformities,
      PerformanceAssessmentService assessments, SafetySupervisionService safety, RectificationNotices notices,
      FlowStarter starter) {
    this.starter = starter;
    this.inspections = inspections;
    this.nonconformities = nonconformities;
    this.assessments = assessments;
    this.safety = safety;
    this.notices = notices;
  }

  @GetMapping("/inspections/{number}")
  InspectionView inspection(@PathVariable String number, HttpServletRequest request) {
    reader(request);
    QualityInspection inspection = inspections.get(number);
    return new InspectionView(inspection, inspections.estateName(inspection), inspections.households(inspection),
        notices.of(number));
  }

  /** Issues a nonconformity report: starts the flow with what the start form has; answers the report. */
  @PostMapping("/nonconformities")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  Nonconformity issueNonconformity(@RequestBody Map<String, Object> report, HttpServletRequest request) {
    Map<String, Object> variables = new HashMap<>();
    for (String field : List.of(NonconformityProcess.Var.RESPONSIBLE_GROUP,
        NonconformityProcess.Var.NONCONFORMITY_SOURCE, NonconformityProcess.Var.NONCONFORMITY_DESCRIPTION,
        NonconformityProcess.Var.CORRECTION_DEADLINE)) {
      variables.put(field, report.get(field));
    }
    String number = starter.start(ApiUser.of(request), NonconformityProcess.KEY, null, variables).getBusinessKey();
    return nonconformities.get(number);
  }

  @GetMapping("/nonconformities/{number}")
  Nonconformity nonconformity(@PathVariable String number, HttpServletRequest request) {
    reader(request);
    return nonconformities.get(number);
  }

  /** By department, the reports of a year, or of one month of it. */
  @GetMapping("/nonconformity-statistics")
  NonconformityStatistics nonconformityStatistics(@RequestParam int year,
      @RequestParam(required = false) Integer month, HttpServletRequest request) {
    reader(request);
    return nonconformities.statistics(year, month);
  }

  @GetMapping("/assessments/{number}")
  AssessmentView assessment(@PathVariable String number, HttpServletRequest request) {
    reader(request);
    PerformanceAssessment assessment = assessments.get(number);
    return new AssessmentView(assessment, assessments.projects(number), assessments.branches(number),
        assessments.inspectorScores(assessment), notices.of(number));
  }

  /** Every project's and branch's scores of the rounds of a month ({@code 2026-12}). */
  @GetMapping("/assessment-scores")
  PerformanceAssessmentService.Scores assessmentScores(@RequestParam String period, HttpServletRequest request) {
    reader(request);
    return assessments.scores(month("period", period));
  }

  @GetMapping("/safety-supervisions/{number}")
  SafetyView safetySupervision(@PathVariable String number, HttpServletRequest request) {
    reader(request);
    return new SafetyView(safety.get(number), notices.of(number));
  }

  /** 品质督导月度简报 of a month ({@code 2026-12}). */
  @GetMapping("/safety-briefs/{month}")
  SafetySupervisionService.MonthlyBrief safetyBrief(@PathVariable String month, HttpServletRequest request) {
    reader(request);
    return safety.brief(month("month", month));
  }

  @GetMapping("/rectification-notices/{number}")
  RectificationNotice rectificationNotice(@PathVariable String number, HttpServletRequest request) {
    reader(request);
    return notices.get(number);
  }

  private static void reader(HttpServletRequest request) {
    ApiUser.of(request).requireAnyGroup(READERS);
  }

  private static YearMonth month(String field, String value) {
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadInputException(field, "月份应写成 2026-12");
    }
  }

  record InspectionView(QualityInspection inspection, String estateName,
      List<QualityInspection.VisitedHousehold> households, List<RectificationNotice> notices) {}

  record AssessmentView(PerformanceAssessment assessment, List<PerformanceAssessment.ProjectScore> projects,
      List<PerformanceAssessment.BranchScore> branches, List<PerformanceAssessment.InspectorScore> inspectorScores,
      List<RectificationNotice> notices) {}

  record SafetyView(SafetySupervision supervision, List<RectificationNotice> notices) {}
}
