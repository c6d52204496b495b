package com.wuye.bpm.service;

import com.wuye.bpm.api.UnprocessableException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Owner callbacks: customer service plans the next callback from the records (the model's starter group decides
 * who may); staff and managers read the plan's candidates, the callbacks and their statistics.
 */
@RestController
@RequestMapping(CallbackController.PATH)
class CallbackController {

  static final String PATH = "/api/callbacks";

  private final OwnerCallbackService callbacks;
  private final CaseDesk desk;
  private final Clock clock;

  CallbackController(OwnerCallbackService callbacks, CaseDesk desk, Clock clock) {
    this.callbacks = callbacks;
    this.desk = desk;
    this.clock = clock;
  }

  /** Plans the callback of the unit whose problems recur most; 422 when no unit qualifies (nothing started). */
  @PostMapping
  @Transactional
  ResponseEntity<Map<String, Object>> plan(HttpServletRequest request) {
    if (callbacks.candidates().isEmpty()) {
      throw new UnprocessableException(null, "目前没有问题反复发生、需要回访的业主 (no unit qualifies for a callback)");
    }
    return desk.start(request, OwnerCallbackProcess.KEY, OwnerCallbackProcess.Var.CALLBACK_NUMBER, Map.of(), PATH);
  }

  /** The units the next plan would take, most recurring first. */
  @GetMapping("/candidates")
  List<RecurringProblem> candidates(HttpServletRequest request) {
    desk.requireReader(request);
    return callbacks.candidates();
  }

  @GetMapping("/statistics")
  OwnerCallbackService.CallbackStatistics statistics(@RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to, HttpServletRequest request) {
    desk.requireReader(request);
    return callbacks.statistics(ReceivedBetween.of(from, to, clock));
  }

  @GetMapping("/{number}")
  CaseDesk.CaseView show(@PathVariable String number, HttpServletRequest request) {
    desk.requireReader(request);
    OwnerCallback callback = callbacks.get(number);
    return desk.view(callback, callback.status(), number);
  }

  @GetMapping
  List<OwnerCallback> find(@RequestParam(required = false) String unit,
      @RequestParam(required = false) OwnerCallbackStatus status, @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to, HttpServletRequest request) {
    desk.requireReader(request);
    return callbacks.find(unit, status, ReceivedBetween.of(from, to, clock));
  }
}
