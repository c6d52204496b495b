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

/** Company signboards: the front desk registers a stamped application; managers read the records. */
@RestController
@RequestMapping(SignboardController.PATH)
class SignboardController {

  static final String PATH = "/api/signboards";

  private final SignboardService signboards;
  private final CaseDesk desk;
  private final Clock clock;

  SignboardController(SignboardService signboards, CaseDesk desk, Clock clock) {
    this.signboards = signboards;
    this.desk = desk;
    this.clock = clock;
  }

  @PostMapping
  @Transactional
  ResponseEntity<Map<String, Object>> register(@RequestBody Map<String, Object> body, HttpServletRequest request) {
    SignboardIntake intake = signboards.validate(FormValues.of(body));
    return desk.start(request, CompanySignboardProcess.KEY, CompanySignboardProcess.Var.SIGNBOARD_NUMBER,
        intake.asVariables(), PATH);
  }

  @GetMapping("/{number}")
  CaseDesk.CaseView show(@PathVariable String number, HttpServletRequest request) {
    desk.requireReader(request);
    Signboard signboard = signboards.get(number);
    return desk.view(signboard, signboard.status(), number);
  }

  @GetMapping
  List<Signboard> find(@RequestParam(required = false) String unit,
      @RequestParam(required = false) SignboardStatus status, @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to, HttpServletRequest request) {
    desk.requireReader(request);
    return signboards.find(unit, status, ReceivedBetween.of(from, to, clock));
  }
}
