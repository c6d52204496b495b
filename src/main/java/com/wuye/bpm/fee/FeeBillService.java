package com.wuye.bpm.fee;

import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.engine.StaffGroup;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** A fee bill through its collection: notices, the suspension case, settlement (《物业品质管理手册》§5.4.10). */
@Service
public class FeeBillService {

  static final String SERVICES_SEPARATOR = ",";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final FeeBillRepository bills;
  private final NoticeService notices;
  private final Clock clock;

  FeeBillService(FeeBillRepository bills, NoticeService notices, Clock clock) {
    this.bills = bills;
    this.notices = notices;
    this.clock = clock;
  }

  public FeeBill get(String number) {
    return bills.find(number).orElseThrow(() -> new NotFoundException("账单", number));
  }

  /**
   * Issues the bill's notice of {@code stage} once: the dunning-notice record (issued at, deadline) and the
   * letter in the outbox. A repeated job adds nothing. Returns whether it was new.
   */
  public boolean issueNotice(String number, DunningStage stage) {
    if (!stage.isNotice()) {
      throw new IllegalArgumentException(stage + " has no notice");
    }
    FeeBill bill = get(number);
    OffsetDateTime now = now();
    OffsetDateTime deadline = FeeCalendar.deadline(now);
    boolean issued = bills.addNotice(bill.id(), stage, now, deadline);
    if (issued) {
      notices.issue(new Notice("fee-" + stage.id(), number, bill.phone() == null ? bill.unitCode() : bill.phone(),
          "letter", stage.chineseName(), letter(bill, stage, deadline)));
      bills.stage(bill.id(), stage);
    }
    return issued;
  }

  private static String letter(FeeBill bill, DunningStage stage, OffsetDateTime deadline) {
    String owner = bill.ownerName() == null ? "业主" : bill.ownerName();
    String amount = bill.outstanding().toPlainString();
    String pay = "请于 " + DAY.format(deadline) + " 前缴纳。";
    return switch (stage) {
      case PAYMENT_NOTICE -> owner + "您好：" + bill.unitCode() + " " + bill.period() + " 管理费 " + amount
          + " 元（账单号 " + bill.number() + "），" + pay;
      case REMINDER -> owner + "您好：" + bill.unitCode() + " " + bill.period() + " 管理费 " + amount
          + " 元尚未缴纳，" + pay;
      case FINAL_REMINDER -> owner + "您好：" + bill.unitCode() + " " + bill.period() + " 管理费 " + amount
          + " 元仍未缴纳，这是最后催款通知，" + pay;
      default -> owner + "您好：" + bill.unitCode() + " " + bill.period() + " 管理费 " + amount
          + " 元逾期超过 30 天未缴纳，" + pay + "逾期未缴，本公司将依约暂停空调、供电等服务。";
    };
  }

  /** The unit's arrears up to this bill, for the decision suspension-eligibility and the general manager. */
  public ArrearsAssessment assess(String number) {
    FeeBill bill = get(number);
    List<FeeBill> unpaid = bills.unpaidUpTo(bill.unitId(), bill.period());
    BigDecimal owed = unpaid.stream().map(FeeBill::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
    String history = unpaid.stream().map(this::historyLine).collect(Collectors.joining("\n"));
    return new ArrearsAssessment(bill.unitCode(), bill.ownerName(), bill.phone(), unpaid.size(), owed,
        bill.medicalEquipment(), history);
  }

  private String historyLine(FeeBill bill) {
    String sent = bills.notices(bill.id()).stream()
        .map(n -> n.stageName() + " " + DAY.format(n.issuedAt().atZoneSameInstant(clock.getZone())))
        .collect(Collectors.joining("，"));
    return bill.period() + "  " + bill.number() + "  应缴 " + bill.amount().toPlainString() + "  已缴 "
        + bill.paidAmount().toPlainString() + "  欠 " + bill.outstanding().toPlainString()
        + (sent.isEmpty() ? "" : "  已发：" + sent);
  }

  public void recordApplication(String number, String taskId, String services, String appliedBy, String reason) {
    FeeBill bill = get(number);
    bills.apply(bill.id(), taskId, services == null ? "" : services, appliedBy, now(), reason);
    bills.stage(bill.id(), DunningStage.SUSPENSION_REVIEW);
  }

  public void recordDecision(String number, boolean approved, String decidedBy, String comment) {
    bills.decide(get(number).id(), approved, decidedBy, now(), comment);
  }

  public void recordPaymentArranged(String number) {
    bills.stage(get(number).id(), DunningStage.PAYMENT_ARRANGED);
  }

  public void recordSuspended(String number, String suspendedBy, String note) {
    bills.suspended(get(number).id(), suspendedBy, now(), note);
  }

  /** Engineering confirmed the suspension: the bill's stage, and customer service and security told. */
  public void announceSuspension(String number, String services) {
    announce(number, DunningStage.SUSPENDED, "suspended", "暂停服务通知", "因欠缴管理费（账单 " + number + "）已暂停服务："
        + describe(services) + "。业主缴清后由工程服务部恢复。");
  }

  public void recordRestored(String number, String restoredBy, String note) {
    bills.restored(get(number).id(), restoredBy, now(), note);
  }

  public void announceRestoration(String number, String services) {
    announce(number, DunningStage.RESTORED, "restored", "恢复服务通知", "已缴清欠费（账单 " + number + "），已恢复服务："
        + describe(services) + "。");
  }

  private void announce(String number, DunningStage stage, String kind, String title, String what) {
    FeeBill bill = get(number);
    bills.stage(bill.id(), stage);
    String text = bill.unitCode() + "（" + bill.ownerName() + "）" + what;
    notices.issue(new Notice("fee-" + kind + "-customer-service", number, StaffGroup.CUSTOMER_SERVICE.id(),
        "tasklist", title + "（客服）", text));
    notices.issue(new Notice("fee-" + kind + "-security", number, StaffGroup.SECURITY.id(), "tasklist",
        title + "（保安）", text));
  }

  /** 审核入账: the bill is closed; its collection ends. */
  public void settle(String number) {
    bills.settle(get(number).id(), now());
  }

  public List<DunningNotice> notices(FeeBill bill) {
    return bills.notices(bill.id());
  }

  public List<FeePayment> payments(FeeBill bill) {
    return bills.payments(bill.id());
  }

  public List<ServiceSuspension> suspensions(FeeBill bill) {
    return bills.suspensions(bill.id());
  }

  static String describe(String services) {
    if (services == null || services.isBlank()) {
      return "无";
    }
    return java.util.Arrays.stream(services.split(SERVICES_SEPARATOR)).map(String::trim)
        .map(s -> switch (s) {
          case "air-conditioning" -> "空调";
          case "power" -> "供电";
          default -> s;
        }).collect(Collectors.joining("、"));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
