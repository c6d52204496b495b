package com.wuye.bpm.supervision;

import com.wuye.bpm.engine.OfferedToModels;
import org.springframework.stereotype.Component;

/**
 * The cycles of the supervision flows' timer start events ({@code ${supervisionSchedule.qualityInspectionCycle}} …),
 * read by the engine when a process is deployed.
 */
@Component
@OfferedToModels
public class SupervisionSchedule {

  private final SupervisionProperties properties;

  SupervisionSchedule(SupervisionProperties properties) {
    this.properties = properties;
  }

  public String getQualityInspectionCycle() {
    return properties.qualityInspectionCycle();
  }

  public String getCompanyAssessmentCycle() {
    return properties.companyAssessmentCycle();
  }

  public String getBranchAssessmentCycle() {
    return properties.branchAssessmentCycle();
  }

  public String getDailySafetyCycle() {
    return properties.dailySafetyCycle();
  }

  public String getMonthlySafetyCycle() {
    return properties.monthlySafetyCycle();
  }

  public String getQuarterlySafetyCycle() {
    return properties.quarterlySafetyCycle();
  }
}
