package com.wuye.bpm.service;

import static com.wuye.bpm.service.RepairRequestProcess.Var;

import com.wuye.bpm.api.ApiUser;
import com.wuye.bpm.api.FlowStarter;
import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.casefile.CaseFile;
import com.wuye.bpm.casefile.CaseStep;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

/** Repair reports from the hotline, the front desk and the owner portal; the records and the ledger for managers. */
@RestController
@RequestMapping("/api/repairs")
class RepairController {


  private final RepairService repairs;
  private final FlowStarter starter;
  private final CaseFile caseFile;
  private final Clock clock;

  RepairController(RepairService repairs, FlowStarter starter, CaseFile caseFile, Clock clock) {
    this.repairs = repairs;
    this.starter = starter;
    this.caseFile = caseFile;
    this.clock = clock;
  }

  /** Checks the report, registers it and starts repair-request; 201 with the repair number. */
  @PostMapping
  @Transactional
  ResponseEntity<Map<String, Object>> report(@RequestBody Map<String, Object> body, HttpServletRequest request) {
    ApiUser user = ApiUser.of(request);
    RepairIntake intake = repairs.validate(FormValues.of(body));
    ProcessInstanceWithVariables instance = starter.start(user, RepairRequestProcess.KEY, null, intake.asVariables());
    RepairRequest repair = repairs.get((String) instance.getVariables().get(Var.REPAIR_NUMBER));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("number", repair.number());
    answer.put("status", repair.status().name());
    answer.put("priority", repair.priority());
    answer.put("responseMinutes", repair.responseMinutes());
    answer.put("chargeable", repair.chargeable());
    answer.put("processInstanceId", instance.getId());
    return ResponseEntity.created(URI.create("/api/repairs/" + repair.number())).body(answer);
  }

  @GetMapping("/{number}")
  RepairView show(@PathVariable String number, HttpServletRequest request) {
    ServiceReaders.require(ApiUser.of(request));
    RepairRequest repair = repairs.get(number);
    return new RepairView(repair, repair.status().chineseName(), repairs.ledger(number), caseFile.steps(number));
  }

  /** Repairs received between two dates (default: the last 30 days), of one unit or status if given. */
  @GetMapping
  List<RepairRequest> find(@RequestParam(required = false) String unit,
      @RequestParam(required = false) RepairStatus status, @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to, HttpServletRequest request) {
    ServiceReaders.require(ApiUser.of(request));
    ReceivedBetween days = ReceivedBetween.of(from, to, clock);
    return repairs.find(unit, status, days.from(), days.to(), ServiceReaders.LIST_LIMIT);
  }

  /** The 《维修台账》: repairs filed between two dates (default: the last 30 days). */
  @GetMapping("/ledger")
  List<RepairLedgerEntry> ledger(@RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to, HttpServletRequest request) {
    ServiceReaders.require(ApiUser.of(request));
    ReceivedBetween days = ReceivedBetween.of(from, to, clock);
    return repairs.ledger(days.from(), days.to());
  }

  /** A repair as the API shows it: the record, its ledger lines and every step people completed. */
  record RepairView(RepairRequest repair, String statusName, List<RepairLedgerEntry> ledger, List<CaseStep> steps) {}
}
