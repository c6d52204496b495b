package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.RenovationApprovalProcess.Var;

import com.wuye.bpm.api.ApiUser;
import com.wuye.bpm.api.FlowStarter;
import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.casefile.CaseStep;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Renovation applications from the owner portal, and where an application stands. */
@RestController
@RequestMapping("/api/renovations")
class RenovationController {

  private final RenovationService renovations;
  private final FlowStarter starter;

  RenovationController(RenovationService renovations, FlowStarter starter) {
    this.renovations = renovations;
    this.starter = starter;
  }

  /**
   * Registers the application and starts renovation-approval as the caller, so the model's starter groups decide
   * who may (403 otherwise, nothing written); 201 with the application number.
   */
  @PostMapping
  @Transactional
  ResponseEntity<Map<String, Object>> apply(@RequestBody RenovationApplication application,
      HttpServletRequest request) {
    ApiUser user = ApiUser.of(request);
    Map<String, Object> variables = renovations.read(FormValues.of(application.fields())).asVariables();
    ProcessInstanceWithVariables instance = starter.start(user, RenovationApprovalProcess.KEY, null, variables);
    String number = (String) instance.getVariables().get(Var.APPLICATION_NUMBER);
    Renovation renovation = renovations.get(number);
    return ResponseEntity.created(URI.create("/api/renovations/" + number)).body(Map.of(
        "number", number,
        "status", renovation.status().name(),
        "statusName", renovation.status().chineseName(),
        "processInstanceId", instance.getId()));
  }

  /** The application, for the groups that work on it and the managers (403 for everyone else). */
  @GetMapping("/{number}")
  RenovationView show(@PathVariable String number, HttpServletRequest request) {
    ApiUser.of(request).requireAnyGroup(RenovationService.READERS);
    Renovation renovation = renovations.get(number);
    return RenovationView.of(renovation, renovations.permitOf(renovation), renovations.money(renovation),
        renovations.history(renovation));
  }

  /** An application as the API shows it: state, terms, permit, money and every step. */
  record RenovationView(String number, String status, String statusName, String unit, String ownerName,
      String contractorName, LocalDate plannedStart, LocalDate plannedEnd, boolean structuralChange,
      boolean plumbingOrElectrical, BigDecimal areaSqm, OffsetDateTime appliedAt, OffsetDateTime acceptedAt,
      Boolean engineeringInspection, BigDecimal deposit, BigDecimal garbageFee, OffsetDateTime approvedAt,
      String rejectionReason, String permitNumber, LocalDate permitValidUntil, List<RenovationMoney> money,
      List<StepView> history) {

    static RenovationView of(Renovation r, RenovationPermit permit, List<RenovationMoney> money,
        List<CaseStep> steps) {
      List<StepView> history = IntStream.range(0, steps.size()).mapToObj(i -> StepView.of(i + 1, steps.get(i)))
          .toList();
      return new RenovationView(r.number(), r.status().name(), r.status().chineseName(), r.unit(), r.ownerName(),
          r.contractorName(), r.plannedStart(), r.plannedEnd(), r.structuralChange(), r.plumbingOrElectrical(),
          r.areaSqm(), r.appliedAt(), r.acceptedAt(), r.engineeringInspection(), r.deposit(), r.garbageFee(),
          r.approvedAt(), r.rejectionReason(), permit == null ? null : permit.number(),
          permit == null ? null : permit.validUntil(), money, history);
    }
  }

  /** A step of the application as the API has always shown it: {@code id} is its place in the history (1, 2, ...). */
  record StepView(long id, String step, String stepName, String actor, OffsetDateTime occurredAt, String note) {

    static StepView of(long id, CaseStep step) {
      return new StepView(id, step.step(), step.stepName(), step.actor(), step.occurredAt(), step.note());
    }
  }
}
