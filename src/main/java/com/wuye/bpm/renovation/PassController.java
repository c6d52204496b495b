package com.wuye.bpm.renovation;

import com.wuye.bpm.api.ApiUser;
import com.wuye.bpm.engine.StaffGroup;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For the guard at the gate: is this construction pass valid, and for which unit. */
@RestController
@RequestMapping("/api/passes")
class PassController {

  private final ConstructionPassService passes;

  PassController(ConstructionPassService passes) {
    this.passes = passes;
  }

  @GetMapping("/{number}")
  PassView show(@PathVariable String number, HttpServletRequest request) {
    ApiUser.of(request).requireAnyGroup(StaffGroup.SECURITY.id(), StaffGroup.SECURITY_SUPERVISOR.id(),
        StaffGroup.CUSTOMER_SERVICE.id());
    ConstructionPass pass = passes.pass(number);
    ConstructionPassRequest passRequest = passes.requestOf(pass);
    RenovationPermit permit = passes.permitOf(passRequest);
    ConstructionPass.Status status = pass.statusOn(passes.today());
    return new PassView(pass.number(), status.name(), status.chineseName(), permit.unit(), permit.number(),
        passRequest.contractorName(), pass.workerName(), pass.maskedIdNumber(), pass.validUntil());
  }

  /** A pass as the gate sees it; the ID number masked. */
  record PassView(String number, String status, String statusName, String unit, String permitNumber,
      String contractorName, String workerName, String idNumber, LocalDate validUntil) {}
}
