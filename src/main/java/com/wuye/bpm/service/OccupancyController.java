package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerOccupancyProcess.Var;

import com.wuye.bpm.api.ApiUser;
import com.wuye.bpm.api.FlowStarter;
import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.casefile.CaseFile;
import com.wuye.bpm.casefile.CaseStep;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Occupancies: the front desk registers an owner who reports; managers read the records. */
@RestController
@RequestMapping("/api/occupancies")
class OccupancyController {

  private final OccupancyService occupancies;
  private final FlowStarter starter;
  private final CaseFile caseFile;
  private final Clock clock;

  OccupancyController(OccupancyService occupancies, FlowStarter starter, CaseFile caseFile, Clock clock) {
    this.occupancies = occupancies;
    this.starter = starter;
    this.caseFile = caseFile;
    this.clock = clock;
  }

  @PostMapping
  @Transactional
  ResponseEntity<Map<String, Object>> register(@RequestBody Map<String, Object> body, HttpServletRequest request) {
    OccupancyIntake intake = occupancies.validate(FormValues.of(body));
    ProcessInstanceWithVariables instance = starter.start(ApiUser.of(request), OwnerOccupancyProcess.KEY, null,
        intake.asVariables());
    String number = (String) instance.getVariables().get(Var.OCCUPANCY_NUMBER);
    return ResponseEntity.created(URI.create("/api/occupancies/" + number)).body(Map.of("number", number,
        "status", occupancies.get(number).status().name(), "processInstanceId", instance.getId()));
  }

  @GetMapping("/{number}")
  OccupancyView show(@PathVariable String number, HttpServletRequest request) {
    ServiceReaders.require(ApiUser.of(request));
    Occupancy occupancy = occupancies.get(number);
    return new OccupancyView(occupancy, occupancy.status().chineseName(), caseFile.steps(number));
  }

  @GetMapping
  List<Occupancy> find(@RequestParam(required = false) String unit,
      @RequestParam(required = false) OccupancyStatus status, @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to, HttpServletRequest request) {
    ServiceReaders.require(ApiUser.of(request));
    return occupancies.find(unit, status, ReceivedBetween.of(from, to, clock));
  }

  /** An occupancy as the API shows it: the record and every step people completed. */
  record OccupancyView(Occupancy occupancy, String statusName, List<CaseStep> steps) {}
}
