package com.wuye.bpm.fee;

import com.wuye.bpm.api.ApiUser;
import com.wuye.bpm.engine.StaffGroup;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.OffsetDateTime;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The monthly billing run on demand ({@code {"period":"2027-02"}}) and its progress. */
@RestController
@RequestMapping("/api/billing-runs")
class BillingRunController {

  private final BillingRunService billingRuns;

  BillingRunController(BillingRunService billingRuns) {
    this.billingRuns = billingRuns;
  }

  record BillingRunRequest(String period) {}

  /** 202: the run goes on in the background; follow it at the Location. */
  @PostMapping
  ResponseEntity<BillingRunView> start(@RequestBody BillingRunRequest body, HttpServletRequest request) {
    ApiUser.of(request).requireAnyGroup(StaffGroup.FINANCE.id(), StaffGroup.CUSTOMER_SERVICE.id());
    BillingRun run = billingRuns.request(BillingRunService.parsePeriod(body == null ? null : body.period()));
    return ResponseEntity.accepted().location(URI.create("/api/billing-runs/" + run.period()))
        .body(BillingRunView.of(run, billingRuns.billableUnits()));
  }

  @GetMapping("/{period}")
  BillingRunView show(@PathVariable String period, HttpServletRequest request) {
    ApiUser.of(request);
    return BillingRunView.of(billingRuns.status(BillingRunService.parsePeriod(period).toString()),
        billingRuns.billableUnits());
  }

  record BillingRunView(String period, String status, long billableUnits, long lastUnitId, long billsCreated,
      long instancesStarted, long chunks, OffsetDateTime startedAt, OffsetDateTime updatedAt,
      OffsetDateTime finishedAt, String error) {

    static BillingRunView of(BillingRun run, long billableUnits) {
      return new BillingRunView(run.period(), run.status().name(), billableUnits, run.lastUnitId(),
          run.billsCreated(), run.instancesStarted(), run.chunks(), run.startedAt(), run.updatedAt(),
          run.finishedAt(), run.error());
    }
  }
}
