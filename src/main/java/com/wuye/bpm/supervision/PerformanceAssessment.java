package com.wuye.bpm.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** One round of 项目绩效考核 at one level, over the projects in its scope. */
public record PerformanceAssessment(long id, String number, String processInstanceId, String level, String period,
    String teamGroup, LocalDate assessmentDate, String inspectors, String state, OffsetDateTime openedAt,
    OffsetDateTime closedAt) {

  public enum State { OPENED, SCHEDULED, COMPUTED, REPORTED, CLOSED }

  public State stateValue() {
    return State.valueOf(state);
  }

  public SupervisionLevel levelValue() {
    return SupervisionLevel.of(level);
  }

  /** The inspectors named when the assessment was scheduled, one per line. */
  public List<String> inspectorNames() {
    return inspectors == null ? List.of() : inspectors.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** A project's result in one round: the inspectors' average and the pay adjustment of its head. */
  public record ProjectScore(String assessmentNumber, String period, String level, String estateCode,
      String projectName, String branchCode, String branchName, String accompaniedBy, BigDecimal score,
      Integer payAdjustmentPercent, boolean rectificationUnfinished) {}

  /** A branch's result in one round: the average of its projects' scores and the pay adjustment of its head. */
  public record BranchScore(String assessmentNumber, String period, String level, String branchCode,
      String branchName, BigDecimal score, int payAdjustmentPercent) {}

  /** One inspector's score of one project. */
  public record InspectorScore(String estateCode, String inspector, BigDecimal score) {}
}
