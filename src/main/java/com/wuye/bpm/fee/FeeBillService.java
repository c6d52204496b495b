package com.wuye.bpm.fee;

import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** A fee bill through its collection: its letters and its settlement (《物业品质管理手册》§5.4.10). */
@Service
public class FeeBillService {

  private static final Logger log = LoggerFactory.getLogger(FeeBillService.class);
  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

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
   * Issues the bill's notice of {@code stage} once: the dunning-notice record (issued at, when the next stage
   * comes, the last day to pay) and the letter in the outbox. A repeated job adds nothing; a paid bill gets no
   * letter. Returns whether it was new.
   */
  public boolean issueNotice(String number, DunningStage stage) {
    if (!stage.isNotice()) {
      throw new IllegalArgumentException(stage + " has no notice");
    }
    FeeBill bill = get(number);
    if (bill.isPaid()) {
      log.warn("bill {} is paid: no {} sent", number, stage.id());
      return false;
    }
    FeeCalendar calendar = new FeeCalendar(YearMonth.parse(bill.period()), clock.getZone());
    OffsetDateTime deadline = calendar.nextStageAt(stage).toOffsetDateTime();
    LocalDate payBy = calendar.payBy(stage);
    boolean issued = bills.addNotice(bill.id(), stage, now(), deadline, payBy);
    if (issued) {
      notices.issue(new Notice("fee-" + stage.id(), number, bill.phone() == null ? bill.unitCode() : bill.phone(),
          "letter", stage.chineseName(), letter(bill, stage, payBy)));
      bills.stage(bill.id(), stage);
    }
    return issued;
  }

  private static String letter(FeeBill bill, DunningStage stage, LocalDate payBy) {
    String owner = bill.ownerName() == null ? "业主" : bill.ownerName();
    String fee = bill.unitCode() + " " + bill.period() + " 管理费 " + bill.outstanding().toPlainString() + " 元";
    String pay = "请于 " + DAY.format(payBy) + "（含当日）前缴纳。";
    return switch (stage) {
      case PAYMENT_NOTICE -> owner + "您好：" + fee + "（账单号 " + bill.number() + "），" + pay;
      case REMINDER -> owner + "您好：" + fee + "尚未缴纳，" + pay;
      case FINAL_REMINDER -> owner + "您好：" + fee + "仍未缴纳，这是最后催款通知，" + pay;
      default -> owner + "您好：" + fee + "逾期超过 30 天未缴纳，" + pay + "逾期未缴，本公司将依约暂停空调、供电等服务。";
    };
  }

  /**
   * 审核入账: closes the bill's collection when it is paid in full. A bill not paid in full is left as it is
   * (nothing written, a warning logged) and false returned: only the money settles a bill.
   */
  public boolean settle(String number) {
    FeeBill bill = get(number);
    if (!bill.isPaid()) {
      log.warn("FeePaid for bill {} refused: {} of {} paid, nothing changed", number,
          bill.paidAmount().toPlainString(), bill.amount().toPlainString());
      return false;
    }
    if (!bills.settle(bill.id(), now())) {
      log.info("bill {} was settled already", number);
    }
    return true;
  }

  public List<DunningNotice> notices(FeeBill bill) {
    return bills.notices(bill.id());
  }

  /** Applications of the bill alone, from before fee-dunning 1.3 collected arrears per household. */
  public List<ServiceSuspension> suspensions(FeeBill bill) {
    return bills.suspensions(bill.id());
  }

  public List<FeePayment> payments(FeeBill bill) {
    return bills.payments(bill.id());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
