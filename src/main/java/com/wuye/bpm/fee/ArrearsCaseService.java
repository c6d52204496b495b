package com.wuye.bpm.fee;

import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.engine.StaffGroup;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Arrears are the household's (《物业品质管理手册》§5.4.10 节点5–7: services are suspended for what the owner owes
 * and restored when everything is paid). A bill whose suspension notice has gone unanswered for 7 days joins its
 * household's one open arrears case, or opens it; the case applies once for every month owed, and closes when the
 * household owes nothing. A month is owed when its bill is unpaid and its payment day (the 15th) has passed.
 */
@Service
public class ArrearsCaseService {

  private static final Logger log = LoggerFactory.getLogger(ArrearsCaseService.class);

  private final ArrearsCaseRepository cases;
  private final FeeBillRepository bills;
  private final NoticeService notices;
  private final RuntimeService runtimeService;
  private final Clock clock;

  ArrearsCaseService(ArrearsCaseRepository cases, FeeBillRepository bills, NoticeService notices,
      RuntimeService runtimeService, Clock clock) {
    this.cases = cases;
    this.bills = bills;
    this.notices = notices;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  public ArrearsCase get(String number) {
    return cases.find(number).orElseThrow(() -> new NotFoundException("欠费案件", number));
  }

  /** The case a bill joined, if any. */
  public Optional<ArrearsCase> of(FeeBill bill) {
    return bill.arrearsCaseId() == null ? Optional.empty() : cases.findById(bill.arrearsCaseId());
  }

  /**
   * 移交住户欠费案件: the unpaid bill joins its household's open case, or opens one (and starts
   * household-arrears with the case number as business key). Under the unit's lock, so a household never has two
   * open cases, whatever the number of nodes. A paid bill, or one in a case already, changes nothing. Returns the
   * case's number, or empty.
   */
  public Optional<String> handOver(String billNumber) {
    FeeBill bill = bills.find(billNumber).orElseThrow(() -> new NotFoundException("账单", billNumber));
    cases.lockUnit(bill.unitId());
    FeeBill locked = bills.find(billNumber).orElseThrow();
    if (locked.isPaid() || locked.arrearsCaseId() != null) {
      log.info("bill {} not handed over: {}", billNumber, locked.isPaid() ? "paid" : "in a case already");
      return Optional.empty();
    }
    ArrearsCase open = cases.findOpen(bill.unitId()).orElseGet(() -> openFor(bill));
    cases.join(bill.id(), open.id());
    return Optional.of(open.number());
  }

  /** Opens the household's next case for the bill's unit and starts household-arrears for it. */
  private ArrearsCase openFor(FeeBill bill) {
    String number = ArrearsCase.number(bill.unitCode(), cases.casesOfUnit(bill.unitId()) + 1);
    cases.open(number, bill.unitId(), now());
    ArrearsCase opened = cases.find(number).orElseThrow();
    String instance = runtimeService.createProcessInstanceByKey(HouseholdArrearsProcess.KEY).businessKey(number)
        .setVariable(HouseholdArrearsProcess.Var.ARREARS_CASE, number).execute().getId();
    cases.started(opened.id(), instance);
    return opened;
  }

  /** Every month the household of the case owes now, for the decision and the forms. */
  public ArrearsAssessment assess(String caseNumber) {
    ArrearsCase arrearsCase = get(caseNumber);
    return new ArrearsAssessment(arrearsCase.unitCode(), arrearsCase.ownerName(), arrearsCase.phone(),
        arrearsCase.medicalEquipment(), owed(arrearsCase.unitId()).stream().map(this::owedMonth).toList());
  }

  /** The unit's unpaid bills whose payment day has passed. */
  private List<FeeBill> owed(long unitId) {
    ZonedDateTime now = ZonedDateTime.now(clock);
    YearMonth current = YearMonth.from(now);
    YearMonth lastOverdue = new FeeCalendar(current, clock.getZone()).overdueAt(now) ? current : current.minusMonths(1);
    return bills.unpaidUpTo(unitId, lastOverdue.toString());
  }

  private ArrearsAssessment.OwedMonth owedMonth(FeeBill bill) {
    String letters = bills.notices(bill.id()).stream()
        .map(n -> n.stageName() + " " + FeeBillService.DAY.format(n.issuedAt().atZoneSameInstant(clock.getZone())))
        .collect(Collectors.joining("，"));
    return new ArrearsAssessment.OwedMonth(bill.period(), bill.number(), bill.amount(), bill.paidAmount(), letters);
  }

  /**
   * 拟写暂停服务申请: one application for the household listing every month owed now and the services the
   * decision allows. Returns the services' codes for the forms.
   */
  public List<String> draftApplication(String caseNumber, String eligibleServices) {
    ArrearsCase arrearsCase = openCase(caseNumber);
    List<String> services = SuspendableService.codes(eligibleServices);
    if (services.isEmpty()) {
      throw new IllegalStateException("案件 " + caseNumber + " 没有可暂停的服务 (nothing may be suspended)");
    }
    ArrearsAssessment arrears = assess(caseNumber);
    cases.draft(arrearsCase.id(), arrears.periods(), arrears.amountOwed(), String.join(",", services), now());
    cases.status(arrearsCase.id(), ArrearsCaseStatus.SUSPENSION_REVIEW);
    return services;
  }

  public void recordApplication(String caseNumber, String taskId, String appliedBy, String reason) {
    require(cases.apply(openCase(caseNumber).id(), taskId, appliedBy, now(), reason), caseNumber,
        "no drafted application to submit");
  }

  public void recordDecision(String caseNumber, boolean approved, String decidedBy, String comment) {
    require(cases.decide(openCase(caseNumber).id(), approved, decidedBy, now(), comment), caseNumber,
        "no submitted application to decide");
  }

  public void recordPaymentArranged(String caseNumber) {
    cases.status(openCase(caseNumber).id(), ArrearsCaseStatus.PAYMENT_ARRANGED);
  }

  public void recordSuspended(String caseNumber, String suspendedBy, String note) {
    require(cases.suspended(openCase(caseNumber).id(), suspendedBy, now(), note), caseNumber,
        "no approved application to carry out");
  }

  /** 通知客服与保安: services are suspended; customer service and security are told. */
  public void announceSuspension(String caseNumber) {
    ArrearsCase arrearsCase = openCase(caseNumber);
    String services = cases.suspendedServices(arrearsCase.id())
        .orElseThrow(() -> new IllegalStateException("案件 " + caseNumber + " 没有已暂停的服务"));
    cases.status(arrearsCase.id(), ArrearsCaseStatus.SUSPENDED);
    announce(arrearsCase, "suspended", "暂停服务通知", "因欠缴管理费（案件 " + caseNumber + "）已暂停服务："
        + SuspendableService.describe(services) + "。业主缴清全部欠费后由工程服务部恢复。");
  }

  /**
   * 核实已缴清: the household owes nothing; returns whether services are suspended (and must be restored).
   * Refuses a case whose household still owes (a HouseholdPaidUp sent by hand changes nothing).
   */
  public boolean confirmPaidUp(String caseNumber) {
    ArrearsCase arrearsCase = openCase(caseNumber);
    ArrearsAssessment arrears = assess(caseNumber);
    if (!arrears.owesNothing()) {
      log.warn("HouseholdPaidUp for case {} refused: {} month(s) still owed ({}), nothing changed", caseNumber,
          arrears.monthsInArrears(), arrears.periods());
      throw NotPaidException.household(caseNumber, arrears.periods());
    }
    return cases.suspendedServices(arrearsCase.id()).isPresent();
  }

  public void recordRestored(String caseNumber, String restoredBy, String note) {
    require(cases.restored(openCase(caseNumber).id(), restoredBy, now(), note), caseNumber, "nothing suspended");
  }

  /** 记录恢复并通知: services are back; customer service and security are told. */
  public void announceRestoration(String caseNumber) {
    ArrearsCase arrearsCase = openCase(caseNumber);
    String services = cases.suspensions(arrearsCase.id()).stream().filter(s -> s.restoredAt() != null)
        .reduce((first, second) -> second).map(ServiceSuspension::services).orElse("");
    cases.status(arrearsCase.id(), ArrearsCaseStatus.RESTORED);
    announce(arrearsCase, "restored", "恢复服务通知", "已缴清全部欠费（案件 " + caseNumber + "），已恢复服务："
        + SuspendableService.describe(services) + "。");
  }

  /**
   * 结案: the household owes nothing; it may open a new case when a bill falls into arrears again. A bill that
   * joined while services were being restored (it fell into arrears after the household had paid up) is not
   * left without a case: it opens the household's next one.
   */
  public void close(String caseNumber) {
    ArrearsCase arrearsCase = get(caseNumber);
    cases.lockUnit(arrearsCase.unitId());
    if (!cases.close(arrearsCase.id(), now())) {
      log.info("arrears case {} was closed already", caseNumber);
      return;
    }
    List<Long> unpaid = cases.unpaidBills(arrearsCase.id());
    if (!unpaid.isEmpty()) {
      FeeBill first = bills.findById(unpaid.get(0)).orElseThrow();
      ArrearsCase next = openFor(first);
      unpaid.forEach(bill -> cases.moveBill(bill, next.id()));
      log.info("arrears case {} closed; {} bill(s) that joined late go to case {}", caseNumber, unpaid.size(),
          next.number());
    }
  }

  /**
   * After a payment settled a bill of the unit (the caller holds the unit's lock): when the household owes
   * nothing, its open case hears HouseholdPaidUp.
   */
  public void paymentSettled(long unitId) {
    cases.findOpen(unitId).filter(open -> owed(unitId).isEmpty()).ifPresent(open ->
        runtimeService.createMessageCorrelation(HouseholdArrearsProcess.PAID_UP_MESSAGE)
            .processInstanceBusinessKey(open.number()).correlateAllWithResult());
  }

  public List<ServiceSuspension> suspensions(ArrearsCase arrearsCase) {
    return cases.suspensions(arrearsCase.id());
  }

  /** The case, refused when it is closed: its steps expect an open case. */
  private ArrearsCase openCase(String caseNumber) {
    ArrearsCase arrearsCase = get(caseNumber);
    if (arrearsCase.closedAt() != null) {
      throw new IllegalStateException("欠费案件 " + caseNumber + " 已结案 (the case is closed)");
    }
    return arrearsCase;
  }

  private static void require(boolean changed, String caseNumber, String expected) {
    if (!changed) {
      throw new IllegalStateException("欠费案件 " + caseNumber + ": " + expected + "; nothing written");
    }
  }

  private void announce(ArrearsCase arrearsCase, String kind, String title, String what) {
    String text = arrearsCase.unitCode() + "（" + arrearsCase.ownerName() + "）" + what;
    notices.issue(new Notice("fee-" + kind + "-customer-service", arrearsCase.number(),
        StaffGroup.CUSTOMER_SERVICE.id(), "tasklist", title + "（客服）", text));
    notices.issue(new Notice("fee-" + kind + "-security", arrearsCase.number(), StaffGroup.SECURITY.id(),
        "tasklist", title + "（保安）", text));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
