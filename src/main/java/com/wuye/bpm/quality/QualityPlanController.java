package com.wuye.bpm.quality;

import com.wuye.bpm.casefile.CaseFile;
import com.wuye.bpm.casefile.CaseStep;
import com.wuye.bpm.api.ApiUser;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Quality plans: find a plan by its number with its implementation checks and steps. */
@RestController
@RequestMapping("/api/quality/plans")
class QualityPlanController {

  private final QualityPlanService plans;
  private final CaseFile steps;

  QualityPlanController(QualityPlanService plans, CaseFile steps) {
    this.plans = plans;
    this.steps = steps;
  }

  @GetMapping("/{number}")
  PlanView show(@PathVariable String number, HttpServletRequest request) {
    ApiUser.of(request);
    QualityPlan plan = plans.get(number);
    return new PlanView(plan, plans.checks(plan), steps.steps(number));
  }

  /** A plan as the API shows it: the record, its implementation checklist rows and its steps. */
  record PlanView(QualityPlan plan, List<QualityPlanCheck> checks, List<CaseStep> steps) {}
}
