package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.RenovationApprovalProcess.Element;

import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.engine.WorkingDayCalendar;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A renovation application (装修申请书, 《物业品质管理手册》§5.4.6) through its life: applied, checked, accepted with the
 * terms of {@code renovation-review}, approved or rejected by engineering, fees collected, permit issued,
 * completion inspected, deposit refunded.
 */
@Service
public class RenovationService {

  static final String APPLICATION_PREFIX = "ZXSQ";
  static final String PERMIT_PREFIX = "ZX";
  static final int NUMBER_DIGITS = 5;
  private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final RenovationRepository renovations;
  private final UnitDirectory units;
  private final DocumentNumbers numbers;
  private final NoticeService notices;
  private final WorkingDayCalendar workingDays;
  private final Clock clock;

  RenovationService(RenovationRepository renovations, UnitDirectory units, DocumentNumbers numbers,
      NoticeService notices, WorkingDayCalendar workingDays, Clock clock) {
    this.renovations = renovations;
    this.units = units;
    this.numbers = numbers;
    this.notices = notices;
    this.workingDays = workingDays;
    this.clock = clock;
  }

  /** Every rule of the application: 400 for a field at fault, 404 for a unit that does not exist. */
  public void validate(RenovationApplication application) {
    application.check().check();
    if (!units.exists(application.unit())) {
      throw new NotFoundException("房屋", application.unit());
    }
  }

  /** Registers the application of a process instance, once: a retry returns the application already there. */
  public Renovation register(RenovationApplication application, String processInstanceId, String appliedBy) {
    return renovations.findByProcessInstance(processInstanceId).orElseGet(() -> {
      validate(application);
      String number = numbers.next(APPLICATION_PREFIX, NUMBER_DIGITS);
      renovations.insert(number, processInstanceId, application, appliedBy, now());
      return get(number);
    });
  }

  /** A person completed a step (a user task); what they wrote is kept with the application. */
  public void recordStep(String number, String step, String stepName, String taskId, String actor, String note) {
    renovations.addStep(get(number).id(), step, stepName, taskId, actor, now(), note);
  }

  /** 资料审核 found documents missing: the application waits for the owner. */
  public void documentsMissing(String number) {
    renovations.status(number, RenovationStatus.DOCUMENTS_MISSING);
  }

  /** Tells the owner what the latest document check found missing (one notice per check). */
  public void requestMissingDocuments(String number) {
    Renovation renovation = get(number);
    RenovationStep check = renovations.latestStep(renovation.id(), Element.CHECK_DOCUMENTS)
        .orElseThrow(() -> new IllegalStateException(number + " has no document check"));
    notices.issue(new Notice("renovation-documents-missing", number + "/" + check.id(), renovation.ownerPhone(),
        "sms", "装修申请补充资料通知", renovation.ownerName() + "您好，您的装修申请 " + number + " 资料不全，请于 30 天内到客户服务中心补充："
            + check.note()));
  }

  /** The documents are complete: the application is accepted on the terms of the decision. */
  public OffsetDateTime accept(String number, RenovationTerms terms) {
    renovations.accept(number, terms, now());
    Renovation renovation = get(number);
    OffsetDateTime due = workingDays.deadline(renovation.acceptedAt(), RenovationApprovalProcess.APPROVAL_WORKING_DAYS);
    notices.issue(new Notice("renovation-accepted", number, renovation.ownerPhone(), "sms", "装修申请受理回执",
        renovation.ownerName() + "您好，您的装修申请 " + number + " 已受理，工程服务部将于 "
            + due.atZoneSameInstant(clock.getZone()).format(DEADLINE) + " 前批复。批准后需缴纳装修保证金 "
            + terms.deposit() + " 元、垃圾清运费 " + terms.garbageFee() + " 元。"));
    return renovation.acceptedAt();
  }

  public void approve(String number, String conditions) {
    renovations.approve(number, conditions, now());
  }

  /** Engineering did not answer within the working days: the supervisor has it now. */
  public void escalate(String number, String taskId, String stepName) {
    Renovation renovation = get(number);
    renovations.escalate(number, now());
    renovations.addStep(renovation.id(), Element.APPROVAL_OVERDUE, stepName, taskId, null, now(),
        "受理后 " + RenovationApprovalProcess.APPROVAL_WORKING_DAYS + " 个工作日仍未批复，已转工程主管督办");
  }

  /** Not accepted at the document check, or not approved by engineering: records why and tells the owner. */
  public void reject(String number, String reason) {
    Renovation renovation = get(number);
    renovations.end(number, RenovationStatus.REJECTED, reason, now());
    notices.issue(new Notice("renovation-rejected", number, renovation.ownerPhone(), "sms", "装修申请未获批准通知",
        renovation.ownerName() + "您好，您的装修申请 " + number + " 未获批准，原因：" + reason));
  }

  /** The owner did not bring the missing documents in time. */
  public void abandon(String number) {
    Renovation renovation = get(number);
    String reason = "逾期未补充资料";
    renovations.end(number, RenovationStatus.ABANDONED, reason, now());
    notices.issue(new Notice("renovation-abandoned", number, renovation.ownerPhone(), "sms", "装修申请终止通知",
        renovation.ownerName() + "您好，您的装修申请 " + number + " 因逾期未补充资料已终止，如需装修请重新申请。"));
  }

  /** Deposit and garbage fee received, in the amounts the decision set (not what a form says). */
  public void collectFees(String number, String depositReceipt, String garbageFeeReceipt, String actor) {
    Renovation renovation = get(number);
    if (renovation.deposit() == null || renovation.garbageFee() == null) {
      throw new UnprocessableException(null, number + " has no fees: it was never accepted");
    }
    renovations.addMoney(renovation.id(), RenovationMoney.DEPOSIT, renovation.deposit(), depositReceipt, null, actor,
        now());
    renovations.addMoney(renovation.id(), RenovationMoney.GARBAGE_FEE, renovation.garbageFee(), garbageFeeReceipt,
        null, actor, now());
  }

  /** Issues the permit ZX-year-5 digits once, valid for the planned works. */
  public RenovationPermit issuePermit(String number) {
    Renovation renovation = get(number);
    RenovationPermit permit = renovations.permitOf(renovation.id()).orElseGet(() -> {
      renovations.insertPermit(numbers.next(PERMIT_PREFIX, NUMBER_DIGITS), renovation, now());
      return renovations.permitOf(renovation.id()).orElseThrow();
    });
    renovations.status(number, RenovationStatus.PERMITTED);
    notices.issue(new Notice("renovation-permit", number, renovation.ownerPhone(), "sms", "装修许可证",
        renovation.ownerName() + "您好，您的装修许可证 " + permit.number() + " 已办理，有效期 " + permit.validFrom() + " 至 "
            + permit.validUntil() + "。施工人员请到客户服务中心办理出入证。"));
    return permit;
  }

  public void registerCompletion(String number, LocalDate completedOn) {
    renovations.completed(number, completedOn);
  }

  /** Engineering's completion inspection: the deduction (0 or more, not more than the deposit) and why. */
  public BigDecimal inspectCompletion(String number, BigDecimal deduction, String reason, String actor) {
    Renovation renovation = get(number);
    if (deduction.compareTo(renovation.deposit()) > 0) {
      throw new UnprocessableException("deduction", "扣除金额不能超过保证金 " + renovation.deposit() + " 元");
    }
    if (deduction.signum() > 0) {
      renovations.addMoney(renovation.id(), RenovationMoney.DEDUCTION, deduction, null, reason, actor, now());
    }
    renovations.status(number, RenovationStatus.INSPECTED);
    return refundAmount(renovation);
  }

  /** Finance paid the deposit back, less what the inspection kept. */
  public void refund(String number, String voucher, String actor) {
    Renovation renovation = get(number);
    renovations.addMoney(renovation.id(), RenovationMoney.REFUND, refundAmount(renovation), voucher, null, actor,
        now());
  }

  public void close(String number) {
    Renovation renovation = get(number);
    renovations.close(number, now());
    BigDecimal refunded = money(renovation).stream().filter(m -> RenovationMoney.REFUND.equals(m.kind()))
        .map(RenovationMoney::amount).findFirst().orElse(BigDecimal.ZERO);
    notices.issue(new Notice("renovation-closed", number, renovation.ownerPhone(), "sms", "装修结案通知",
        renovation.ownerName() + "您好，您的装修 " + number + " 已验收结案，退还装修保证金 " + refunded + " 元。"));
  }

  public Renovation get(String number) {
    return renovations.findByNumber(number).orElseThrow(() -> new NotFoundException("装修申请", number));
  }

  public List<RenovationStep> history(Renovation renovation) {
    return renovations.steps(renovation.id());
  }

  public List<RenovationMoney> money(Renovation renovation) {
    return renovations.money(renovation.id());
  }

  /** The permit of an application, or null before it is issued. */
  public RenovationPermit permitOf(Renovation renovation) {
    return renovations.permitOf(renovation.id()).orElse(null);
  }

  /** The application a permit was issued for. */
  public Renovation applicationOf(RenovationPermit permit) {
    return renovations.findById(permit.renovationId()).orElseThrow();
  }

  public RenovationPermit permit(String permitNumber) {
    return renovations.permit(permitNumber).orElseThrow(() -> new NotFoundException("装修许可证", permitNumber));
  }

  private BigDecimal refundAmount(Renovation renovation) {
    BigDecimal kept = money(renovation).stream().filter(m -> RenovationMoney.DEDUCTION.equals(m.kind()))
        .map(RenovationMoney::amount).findFirst().orElse(BigDecimal.ZERO);
    return renovation.deposit().subtract(kept);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
