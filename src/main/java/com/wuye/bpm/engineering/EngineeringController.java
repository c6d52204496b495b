package com.wuye.bpm.engineering;

import com.wuye.bpm.api.ApiUser;
import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.casefile.CaseFile;
import com.wuye.bpm.casefile.CaseStep;
import com.wuye.bpm.engine.StaffGroup;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Engineering records for managers: house repairs, equipment patrols and work orders, each with its steps. Read
 * only; the flows write them.
 */
@RestController
@RequestMapping("/api/engineering")
class EngineeringController {

  static final int MAX_DAYS = 92;
  private static final Map<String, String> SCOPE_NAMES = Map.of("major", "大修", "medium", "中修");
  private static final Map<String, String> PROCUREMENT_NAMES = Map.of("tender", "招标", "in-house", "自修");
  private static final Map<String, String> PRIORITY_NAMES = Map.of("urgent", "紧急", "normal", "一般");

  private final HouseRepairService repairs;
  private final EquipmentPatrolService patrols;
  private final CaseFile caseFile;
  private final Clock clock;

  EngineeringController(HouseRepairService repairs, EquipmentPatrolService patrols, CaseFile caseFile, Clock clock) {
    this.repairs = repairs;
    this.patrols = patrols;
    this.caseFile = caseFile;
    this.clock = clock;
  }

  @GetMapping("/house-repairs")
  List<HouseRepairView> houseRepairs(@RequestParam(required = false) String status, HttpServletRequest request) {
    readers(request);
    return repairs.list(status(status, HouseRepairStatus.class)).stream().map(r -> HouseRepairView.of(r, null))
        .toList();
  }

  @GetMapping("/house-repairs/{number}")
  HouseRepairView houseRepair(@PathVariable String number, HttpServletRequest request) {
    readers(request);
    return HouseRepairView.of(repairs.get(number), caseFile.steps(number));
  }

  /** Patrols due from {@code from} to {@code to} (dates, default the last 7 days, at most 92 days). */
  @GetMapping("/patrols")
  List<PatrolView> patrols(@RequestParam(required = false) String group, @RequestParam(required = false) String status,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      HttpServletRequest request) {
    readers(request);
    PatrolStatus wanted = status(status, PatrolStatus.class);
    FieldRules rules = new FieldRules();
    LocalDate today = LocalDate.now(clock);
    LocalDate last = date(rules, "to", to, today);
    LocalDate first = date(rules, "from", from, last.minusDays(6));
    if (!rules.hasError("from") && !rules.hasError("to")
        && (first.isAfter(last) || first.plusDays(MAX_DAYS).isBefore(last))) {
      rules.reject("from", "须不晚于 to，且相差不超过 " + MAX_DAYS + " 天 (from must be on or before to, at most "
          + MAX_DAYS + " days apart)");
    }
    if (group != null && group.length() > 40) {
      rules.reject("group", "不能超过 40 个字符 (at most 40 characters)");
    }
    rules.check();
    return patrols.list(group, wanted, first.atStartOfDay(clock.getZone()).toOffsetDateTime(),
            last.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
        .stream().map(p -> PatrolView.of(p, null, null)).toList();
  }

  @GetMapping("/patrols/{number}")
  PatrolView patrol(@PathVariable String number, HttpServletRequest request) {
    readers(request);
    EquipmentPatrol patrol = patrols.get(number);
    WorkOrderView order = patrols.workOrderOfPatrol(number).map(WorkOrderView::of).orElse(null);
    return PatrolView.of(patrol, order, caseFile.steps(number));
  }

  @GetMapping("/work-orders")
  List<WorkOrderView> workOrders(@RequestParam(required = false) String status, HttpServletRequest request) {
    readers(request);
    return patrols.workOrders(status(status, WorkOrderStatus.class)).stream().map(WorkOrderView::of).toList();
  }

  private static void readers(HttpServletRequest request) {
    ApiUser.of(request).requireAnyGroup(StaffGroup.ENGINEERING.id(), StaffGroup.ENGINEERING_SUPERVISOR.id(),
        StaffGroup.GENERAL_MANAGER.id(), StaffGroup.FINANCE.id(), StaffGroup.MANAGERS.id());
  }

  private static <E extends Enum<E>> E status(String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Set<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
    new FieldRules().oneOf("status", value, allowed).check();
    return Enum.valueOf(type, value);
  }

  private static LocalDate date(FieldRules rules, String field, String value, LocalDate otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      rules.reject(field, "日期格式应为 2026-12-07 (a date like 2026-12-07)");
      return otherwise;
    }
  }

  /** A house repair as the API shows it; steps only when one repair is asked for. */
  record HouseRepairView(String number, String status, String statusName, String building, String repairScope,
      String repairScopeName, String planDescription, LocalDate plannedStart, String plannedBy,
      OffsetDateTime plannedAt, String surveyFindings, String schemeDescription, BigDecimal budget,
      String fundingSource, String procurement, String procurementName, String tenderNumber, String contractorName,
      BigDecimal bidAmount, String contractNumber, BigDecimal contractAmount, int reworkCount,
      OffsetDateTime acceptedAt, BigDecimal settledAmount, String voucherNumber, String archiveEntry,
      OffsetDateTime closedAt, String closedReason, List<CaseStep> steps) {

    static HouseRepairView of(HouseRepair r, List<CaseStep> steps) {
      return new HouseRepairView(r.number(), r.status().name(), r.status().chineseName(), r.building(),
          r.repairScope(), SCOPE_NAMES.get(r.repairScope()), r.planDescription(), r.plannedStart(), r.plannedBy(),
          r.plannedAt(), r.surveyFindings(), r.schemeDescription(), r.budget(), r.fundingSource(), r.procurement(),
          r.procurement() == null ? null : PROCUREMENT_NAMES.get(r.procurement()), r.tenderNumber(),
          r.contractorName(), r.bidAmount(), r.contractNumber(), r.contractAmount(), r.reworkCount(), r.acceptedAt(),
          r.settledAmount(), r.voucherNumber(), r.archiveEntry(), r.closedAt(), r.closedReason(), steps);
    }
  }

  /** A patrol as the API shows it, its check in words; work order and steps only when one patrol is asked for. */
  record PatrolView(String number, String equipmentGroup, String groupName, OffsetDateTime dueAt,
      OffsetDateTime deadline, String status, String statusName, String check, String checkedBy,
      OffsetDateTime checkedAt, OffsetDateTime loggedAt, String missedNote, WorkOrderView workOrder,
      List<CaseStep> steps) {

    static PatrolView of(EquipmentPatrol p, WorkOrderView workOrder, List<CaseStep> steps) {
      return new PatrolView(p.number(), p.equipmentGroup(), p.groupName(), p.dueAt(), p.deadline(), p.status().name(),
          p.status().chineseName(), p.check() == null ? null : p.check().summary(), p.checkedBy(), p.checkedAt(),
          p.loggedAt(), p.missedNote(), workOrder, steps);
    }
  }

  /** A work order as the API shows it. */
  record WorkOrderView(String number, String patrolNumber, String equipmentGroup, String groupName, String priority,
      String priorityName, String findings, OffsetDateTime openedAt, OffsetDateTime dueAt, String status,
      String statusName, String repairResult, String repairedBy, OffsetDateTime repairedAt) {

    static WorkOrderView of(WorkOrder o) {
      return new WorkOrderView(o.number(), o.patrolNumber(), o.equipmentGroup(), o.groupName(), o.priority(),
          PRIORITY_NAMES.get(o.priority()), o.findings(), o.openedAt(), o.dueAt(), o.status().name(),
          o.status().chineseName(), o.repairResult(), o.repairedBy(), o.repairedAt());
    }
  }
}
