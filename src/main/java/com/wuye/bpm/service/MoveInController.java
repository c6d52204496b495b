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

/** Move-ins: the front desk registers an application to move in; managers read the records. */
@RestController
@RequestMapping(MoveInController.PATH)
class MoveInController {

  static final String PATH = "/api/move-ins";

  private final MoveInService moveIns;
  private final CaseDesk desk;
  private final Clock clock;

  MoveInController(MoveInService moveIns, CaseDesk desk, Clock clock) {
    this.moveIns = moveIns;
    this.desk = desk;
    this.clock = clock;
  }

  @PostMapping
  @Transactional
  ResponseEntity<Map<String, Object>> register(@RequestBody Map<String, Object> body, HttpServletRequest request) {
    MoveInIntake intake = moveIns.validate(FormValues.of(body));
    return desk.start(request, OwnerMoveInProcess.KEY, OwnerMoveInProcess.Var.MOVE_IN_NUMBER,
        intake.asVariables(), PATH);
  }

  @GetMapping("/{number}")
  CaseDesk.CaseView show(@PathVariable String number, HttpServletRequest request) {
    desk.requireReader(request);
    MoveIn moveIn = moveIns.get(number);
    return desk.view(moveIn, moveIn.status(), number);
  }

  @GetMapping
  List<MoveIn> find(@RequestParam(required = false) String unit,
      @RequestParam(required = false) MoveInStatus status, @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to, HttpServletRequest request) {
    desk.requireReader(request);
    return moveIns.find(unit, status, ReceivedBetween.of(from, to, clock));
  }
}
