package com.wuye.bpm.engineering;

import static com.wuye.bpm.engineering.HouseRepairStatus.ACCEPTED;
import static com.wuye.bpm.engineering.HouseRepairStatus.ARCHIVED;
import static com.wuye.bpm.engineering.HouseRepairStatus.PLANNED;
import static com.wuye.bpm.engineering.HouseRepairStatus.SCHEME_APPROVED;
import static com.wuye.bpm.engineering.HouseRepairStatus.SCHEME_REVIEW;
import static com.wuye.bpm.engineering.HouseRepairStatus.SETTLED;
import static com.wuye.bpm.engineering.HouseRepairStatus.SURVEYING;
import static com.wuye.bpm.engineering.HouseRepairStatus.TENDERING;
import static com.wuye.bpm.engineering.HouseRepairStatus.UNDER_REPAIR;
import static com.wuye.bpm.engineering.HouseRepairStatus.WITHDRAWN;

import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * House repairs (《物业品质管理手册》 §5.7.1). Each step checks that the repair is where the step expects it and
 * refuses (422, nothing written) otherwise, so a completion replayed or sent out of turn changes nothing.
 */
@Service
public class HouseRepairService {

  static final String NUMBER_PREFIX = "FX";
  static final int NUMBER_DIGITS = 6;
  static final String TENDER = "tender";
  static final String IN_HOUSE = "in-house";

  private final HouseRepairRepository repairs;
  private final DocumentNumbers numbers;
  private final Clock clock;

  HouseRepairService(HouseRepairRepository repairs, DocumentNumbers numbers, Clock clock) {
    this.repairs = repairs;
    this.numbers = numbers;
    this.clock = clock;
  }

  /** Registers the plan of a process instance and gives it its number, once. */
  HouseRepair register(HouseRepairPlan plan, String processInstanceId, String plannedBy) {
    return repairs.findByProcessInstance(processInstanceId).orElseGet(() -> {
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      repairs.insert(number, processInstanceId, plan, plannedBy, now());
      return get(number);
    });
  }

  /** The plan was revised after a review sent it back. */
  void planRevised(String number, String description, LocalDate plannedStart) {
    change(number, Set.of(PLANNED), PLANNED, columns("plan_description", description, "planned_start", plannedStart));
  }

  /** Engineering gave the plan up. */
  void withdrawn(String number, String reason) {
    change(number, Set.of(PLANNED), WITHDRAWN, columns("closed_reason", reason, "closed_at", now()));
  }

  /** The general manager approved the plan: the house is surveyed next. */
  void planApproved(String number) {
    change(number, Set.of(PLANNED), SURVEYING, Map.of());
  }

  void surveyed(String number, String findings) {
    change(number, Set.of(SURVEYING), SURVEYING, columns("survey_findings", findings));
  }

  /** A scheme and budget, first drafted or drafted again after a review sent it back. */
  void schemeDrafted(String number, String scheme, BigDecimal budget, String fundingSource) {
    change(number, Set.of(SURVEYING, SCHEME_REVIEW), SCHEME_REVIEW,
        columns("scheme_description", scheme, "budget", budget, "funding_source", fundingSource));
  }

  /** The general manager approved the scheme and the funds are secured. */
  void schemeApproved(String number) {
    change(number, Set.of(SCHEME_REVIEW), SCHEME_APPROVED, Map.of());
  }

  void tenderIssued(String number, String tenderNumber) {
    change(number, Set.of(SCHEME_APPROVED), TENDERING, columns("procurement", TENDER, "tender_number", tenderNumber));
  }

  void bidsEvaluated(String number, String contractorName, BigDecimal bidAmount) {
    change(number, Set.of(TENDERING), TENDERING, columns("contractor_name", contractorName, "bid_amount", bidAmount));
  }

  /** The contract with the winning bidder is signed: the works begin. */
  void contractSigned(String number, String contractNumber, BigDecimal contractAmount) {
    change(number, Set.of(TENDERING), UNDER_REPAIR,
        columns("contract_number", contractNumber, "contract_amount", contractAmount));
  }

  /**
   * The works are about to be supervised. Without a tender the repair goes from its approved scheme straight to
   * engineering's own staff; after a contract, or on rework, it is under repair already and nothing changes.
   */
  void workStarted(String number) {
    HouseRepair repair = get(number);
    if (repair.status() == SCHEME_APPROVED) {
      change(number, Set.of(SCHEME_APPROVED), UNDER_REPAIR, columns("procurement", IN_HOUSE));
    } else if (repair.status() != UNDER_REPAIR) {
      throw refused(repair);
    }
  }

  void accepted(String number) {
    change(number, Set.of(UNDER_REPAIR), ACCEPTED, columns("accepted_at", now()));
  }

  void reworkRequired(String number) {
    if (!repairs.countRework(number)) {
      throw refused(get(number));
    }
  }

  void settled(String number, BigDecimal amount, String voucherNumber) {
    change(number, Set.of(ACCEPTED), SETTLED, columns("settled_amount", amount, "voucher_number", voucherNumber));
  }

  void archived(String number, String entry) {
    change(number, Set.of(SETTLED), ARCHIVED, columns("archive_entry", entry, "closed_at", now()));
  }

  public HouseRepair get(String number) {
    return repairs.findByNumber(number).orElseThrow(() -> new NotFoundException("房屋维修", number));
  }

  public List<HouseRepair> list(HouseRepairStatus status) {
    return repairs.find(status);
  }

  private void change(String number, Set<HouseRepairStatus> expected, HouseRepairStatus next,
      Map<String, Object> columns) {
    if (!repairs.change(number, expected, next, columns)) {
      throw refused(get(number));
    }
  }

  private static UnprocessableException refused(HouseRepair repair) {
    return new UnprocessableException("repairNumber", "房屋维修 " + repair.number() + " 状态为“"
        + repair.status().chineseName() + "”，不能办理这一步 (the repair is not at this step)");
  }

  private static Map<String, Object> columns(Object... pairs) {
    Map<String, Object> columns = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      columns.put((String) pairs[i], pairs[i + 1]);
    }
    return columns;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
