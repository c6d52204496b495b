package com.wuye.bpm.service;

import com.wuye.bpm.api.FormValues;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
@RequestMapping(OccupancyController.PATH)
class OccupancyController {

  static final String PATH = "/api/occupancies";

  private final OccupancyService occupancies;
  private final CaseDesk desk;
  private final Clock clock;

  OccupancyController(OccupancyService occupancies, CaseDesk desk, Clock clock) {
    this.occupancies = occupancies;
    this.desk = desk;
    this.clock = clock;
  }

  @PostMapping
  @Transactional
  ResponseEntity<Map<String, Object>> register(@RequestBody Map<String, Object> body, HttpServletRequest request) {
    OccupancyIntake intake = occupancies.validate(FormValues.of(body));
    return desk.start(request, OwnerOccupancyProcess.KEY, OwnerOccupancyProcess.Var.OCCUPANCY_NUMBER,
        intake.asVariables(), PATH);
  }

  @GetMapping("/{number}")
  CaseDesk.CaseView show(@PathVariable String number, HttpServletRequest request) {
    desk.requireReader(request);
    Occupancy occupancy = occupancies.get(number);
    return desk.view(occupancy, occupancy.status(), number);
  }

  @GetMapping
  List<Occupancy> find(@RequestParam(required = false) String unit,
      @RequestParam(required = false) OccupancyStatus status, @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to, HttpServletRequest request) {
    desk.requireReader(request);
    return occupancies.find(unit, status, ReceivedBetween.of(from, to, clock));
  }
}
