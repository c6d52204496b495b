package com.wuye.bpm.quality;

import com.wuye.bpm.casefile.CaseFile;
import com.wuye.bpm.casefile.CaseStep;
import com.wuye.bpm.api.ApiUser;
import com.wuye.bpm.engine.StaffGroup;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Quality reviews: put a project document forward for review, and find a review with its defects later. */
@RestController
@RequestMapping("/api/quality/reviews")
class QualityReviewController {

  private final QualityReviewService reviews;
  private final CaseFile steps;
  private final RuntimeService runtimeService;

  QualityReviewController(QualityReviewService reviews, CaseFile steps, RuntimeService runtimeService) {
    this.reviews = reviews;
    this.steps = steps;
    this.runtimeService = runtimeService;
  }

  /** Registers the review and starts quality-review; 201 with the review number. */
  @PostMapping
  @Transactional
  ResponseEntity<Map<String, Object>> request(@RequestBody ReviewRequest body, HttpServletRequest request) {
    ApiUser user = ApiUser.of(request).requireAnyGroup(StaffGroup.QUALITY_MANAGER.id(), StaffGroup.QUALITY_CENTER.id());
    body.check().check();
    Map<String, Object> variables = body.asVariables();
    variables.put(QualityReviewProcess.Var.REQUESTED_BY, user.id());
    ProcessInstanceWithVariables instance = runtimeService.createProcessInstanceByKey(QualityReviewProcess.KEY)
        .setVariables(variables).executeWithVariablesInReturn();
    String number = (String) instance.getVariables().get(QualityReviewProcess.Var.REVIEW_NUMBER);
    return ResponseEntity.created(URI.create("/api/quality/reviews/" + number)).body(Map.of(
        "number", number, "documentState", reviews.get(number).documentState().name(),
        "processInstanceId", instance.getId()));
  }

  @GetMapping("/{number}")
  ReviewView show(@PathVariable String number, HttpServletRequest request) {
    ApiUser.of(request);
    QualityReview review = reviews.get(number);
    return ReviewView.of(review, reviews.allDefects(review).stream().map(DefectView::of).toList(),
        reviews.stateChanges(review), steps.steps(number));
  }

  /** A review as the API shows it: the record, its defects in every round, its document states and its steps. */
  record ReviewView(String number, String projectName, String department, String projectScale, boolean critical,
      String documentTitle, String documentVersion, String documentAuthor, OffsetDateTime requestedAt,
      String reviewLevel, String requiredRoles, String reviewLeader, int reviewRound, String reviewType,
      String conclusion, Boolean regressionReview, String documentState, String documentStateName,
      String archiveLocation, OffsetDateTime archivedAt, List<DefectView> defects,
      List<DocumentStateChange> stateHistory, List<CaseStep> steps) {

    static ReviewView of(QualityReview r, List<DefectView> defects, List<DocumentStateChange> states,
        List<CaseStep> steps) {
      return new ReviewView(r.number(), r.projectName(), r.department(), r.projectScale(), r.critical(),
          r.documentTitle(), r.documentVersion(), r.documentAuthor(), r.requestedAt(), r.reviewLevel(),
          r.requiredRoles(), r.reviewLeader(), r.reviewRound(), r.reviewType(), r.conclusion(), r.regressionReview(),
          r.documentState().name(), r.documentState().chineseName(), r.archiveLocation(), r.archivedAt(), defects,
          states, steps);
    }
  }

  /** One defect of the list, with the round it was raised in and its verification. */
  record DefectView(int reviewRound, int defectNo, String raisedBy, String location, String description,
      String severity, String promisedFixDate, boolean verified, OffsetDateTime verifiedAt, String verifiedBy) {

    static DefectView of(QualityReviewRepository.ReviewDefectRow row) {
      ReviewDefect d = row.defect();
      return new DefectView(row.reviewRound(), d.defectNo(), d.raisedBy(), d.location(), d.description(),
          d.severity(), d.promisedFixDate() == null ? null : d.promisedFixDate().toString(), d.verified(),
          row.verifiedAt(), row.verifiedBy());
    }
  }
}
