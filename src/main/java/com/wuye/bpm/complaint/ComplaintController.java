package com.wuye.bpm.complaint;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Var;

import com.wuye.bpm.api.ApiUser;
import com.wuye.bpm.api.FlowStarter;
import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.casefile.CaseStep;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Complaints from the hotline and the owner portal, and their state for whoever asks. */
@RestController
@RequestMapping("/api/complaints")
class ComplaintController {

  private final ComplaintService complaints;
  private final FlowStarter starter;

  ComplaintController(ComplaintService complaints, FlowStarter starter) {
    this.complaints = complaints;
    this.starter = starter;
  }

  /**
   * Registers the complaint and starts complaint-handling as the caller, so the model's starter groups decide
   * who may (403 otherwise, nothing written); 201 with the complaint number.
   */
  @PostMapping
  @Transactional
  ResponseEntity<Map<String, Object>> receive(@RequestBody ComplaintIntake intake, HttpServletRequest request) {
    ApiUser user = ApiUser.of(request);
    Map<String, Object> variables = complaints.read(FormValues.of(intake.asVariables())).asVariables();
    ProcessInstanceWithVariables instance = starter.start(user, ComplaintHandlingProcess.KEY, null, variables);
    String number = (String) instance.getVariables().get(Var.COMPLAINT_NUMBER);
    Complaint complaint = complaints.get(number);
    return ResponseEntity.created(URI.create("/api/complaints/" + number)).body(Map.of(
        "number", number,
        "status", complaint.status().name(),
        "responsibleGroup", complaint.responsibleGroup(),
        "responseMinutes", complaint.responseMinutes(),
        "processInstanceId", instance.getId()));
  }

  /** The complaint, for the groups that work on it and the managers (403 for everyone else). */
  @GetMapping("/{number}")
  ComplaintView show(@PathVariable String number, HttpServletRequest request) {
    ApiUser user = ApiUser.of(request);
    Complaint complaint = complaints.get(number);
    user.requireAnyGroup(complaints.groupsWorkingOn(complaint));
    return ComplaintView.of(complaint, complaints.history(complaint));
  }

  /** A complaint as the API shows it: state, times, durations and every handling step. */
  record ComplaintView(String number, String status, String statusName, String ownerName, String unit,
      String channel, String category, String description, boolean urgent, String responsibleGroup,
      String priority, Integer responseMinutes, boolean callbackRequired, OffsetDateTime receivedAt,
      OffsetDateTime acknowledgedAt, OffsetDateTime escalatedAt, OffsetDateTime closedAt, Long responseSeconds,
      Long resolutionSeconds, int reopenCount, Boolean satisfied, List<CaseStep> history) {

    static ComplaintView of(Complaint c, List<CaseStep> history) {
      return new ComplaintView(c.number(), c.status().name(), c.status().chineseName(), c.ownerName(), c.unit(),
          c.channel(), c.category(), c.description(), c.urgent(), c.responsibleGroup(), c.priority(),
          c.responseMinutes(), Boolean.TRUE.equals(c.callbackRequired()), c.receivedAt(), c.acknowledgedAt(),
          c.escalatedAt(), c.closedAt(), c.responseSeconds(), c.resolutionSeconds(), c.reopenCount(), c.satisfied(),
          history);
    }
  }
}
