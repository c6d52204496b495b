package com.wuye.bpm.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the supervision flows under {@code wuye.supervision.*}; every one has a default. Cycles are Camunda
 * timer cycles: a cron expression (seconds first) or an ISO 8601 repetition ({@code R/P3M}).
 *
 * @param qualityInspectionCycle the joint quality inspection, every three months (default: 09:00 on the first day of
 *     January, April, July and October)
 * @param companyAssessmentCycle the company's assessment of its branches, every half year (09:00, 1 January and 1 July)
 * @param branchAssessmentCycle a branch's assessment of its projects, every month (09:00 on the first day)
 * @param dailySafetyCycle the service centre's 十必查, every day (08:00)
 * @param monthlySafetyCycle the subsidiary's 十必查, every month (09:00 on the first day)
 * @param quarterlySafetyCycle the group's 十必查, every quarter (09:00 on the first day of the quarter)
 * @param recheckDays days given again to a notice still not rectified at its follow-up (default 7: the assessment
 *     rules' one week)
 * @param assessmentRectificationDays days an assessment's rectification notices give (default 7)
 */
@ConfigurationProperties("wuye.supervision")
public record SupervisionProperties(String qualityInspectionCycle, String companyAssessmentCycle,
    String branchAssessmentCycle, String dailySafetyCycle, String monthlySafetyCycle, String quarterlySafetyCycle,
    Integer recheckDays, Integer assessmentRectificationDays) {

  public SupervisionProperties {
    qualityInspectionCycle = orDefault(qualityInspectionCycle, "0 0 9 1 1,4,7,10 ?");
    companyAssessmentCycle = orDefault(companyAssessmentCycle, "0 0 9 1 1,7 ?");
    branchAssessmentCycle = orDefault(branchAssessmentCycle, "0 0 9 1 * ?");
    dailySafetyCycle = orDefault(dailySafetyCycle, "0 0 8 * * ?");
    monthlySafetyCycle = orDefault(monthlySafetyCycle, "0 0 9 1 * ?");
    quarterlySafetyCycle = orDefault(quarterlySafetyCycle, "0 0 9 1 1,4,7,10 ?");
    recheckDays = recheckDays == null ? 7 : recheckDays;
    assessmentRectificationDays = assessmentRectificationDays == null ? 7 : assessmentRectificationDays;
    if (recheckDays < 1 || assessmentRectificationDays < 1) {
      throw new IllegalArgumentException("wuye.supervision: days must be at least 1");
    }
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.trim();
  }
}
