package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.RenovationApprovalProcess.Element;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.estate.UnitDirectory;
import com.wuye.bpm.casefile.CaseFile;
import com.wuye.bpm.casefile.CaseStep;
import com.wuye.bpm.engine.StaffGroup;
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
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * A renovation application (装修申请书, 《物业品质管理手册》§5.4.6) through its life: applied, checked, accepted
 * with the terms of {@code renovation-review}, approved or rejected by engineering, fees collected, permit issued,
 * completion inspected, deposit refunded.
 *
 * <p>Every step names the application by its process instance's business key and is refused, writing nothing,
 * unless the application belongs to that instance and stands where the step expects it (a permit only for an
 * approved, paid application; a refund only after the completion inspection; ...).
 */
@Service
public class RenovationService {

  static final String APPLICATION_PREFIX = "ZXSQ";
  static final String PERMIT_PREFIX = "ZX";
  static final int NUMBER_DIGITS = 5;
  /** Who may read an application: the groups that work on it and the managers. */
  static final String[] READERS = {StaffGroup.CUSTOMER_SERVICE.id(), StaffGroup.CUSTOMER_SERVICE_SUPERVISOR.id(),
      StaffGroup.ENGINEERING.id(), StaffGroup.ENGINEERING_SUPERVISOR.id(), StaffGroup.FINANCE.id(),
      StaffGroup.MANAGERS.id(), StaffGroup.GENERAL_MANAGER.id(), StaffGroup.DEPUTY_GENERAL_MANAGER.id()};
  private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final RenovationRepository renovations;
  private final UnitDirectory units;
  private final DocumentNumbers numbers;
  private final NoticeService notices;
  private final WorkingDayCalendar workingDays;
  private final CaseFile caseFile;
  private final Clock clock;

  RenovationService(RenovationRepository renovations, UnitDirectory units, DocumentNumbers numbers,
      NoticeService notices, WorkingDayCalendar workingDays, CaseFile caseFile, Clock clock) {
    this.renovations = renovations;
    this.units = units;
    this.numbers = numbers;
    this.notices = notices;
    this.workingDays = workingDays;
    this.caseFile = caseFile;
    this.clock = clock;
  }

  /**
   * Reads the application (start form or REST body) and checks every rule: 400 naming every field at fault, 404
   * for a unit that does not exist.
   */
  public RenovationApplication read(FormValues values) {
    RenovationApplication application = RenovationApplication.read(values, today());
    values.check();
    if (!units.exists(application.unit())) {
      throw new NotFoundException("房屋", application.unit());
    }
    return application;
  }

  /** Registers the application of a process instance, once: a retry returns the application already there. */
  public Renovation register(RenovationApplication application, String processInstanceId, String appliedBy) {
    return renovations.findByProcessInstance(processInstanceId).orElseGet(() -> {
      String number = numbers.next(APPLICATION_PREFIX, NUMBER_DIGITS);
      renovations.insert(number, processInstanceId, application, appliedBy, now());
      return get(number);
    });
  }

  /** 资料审核 found the documents complete: the decision renovation-review sets the terms next. */
  public void documentsComplete(String number, String processInstanceId) {
    atStep(number, processInstanceId, Element.CHECK_DOCUMENTS, RenovationStatus.APPLIED);
    renovations.status(number, RenovationStatus.DOCUMENTS_COMPLETE);
  }

  /** 资料审核 found documents missing: the application waits for the owner. */
  public void documentsMissing(String number, String processInstanceId) {
    atStep(number, processInstanceId, Element.CHECK_DOCUMENTS, RenovationStatus.APPLIED);
    renovations.status(number, RenovationStatus.DOCUMENTS_MISSING);
  }

  /** 资料审核 refused the application: why is kept; the owner is told by {@link #reject}. */
  public void documentsRefused(String number, String processInstanceId, String reason) {
    atStep(number, processInstanceId, Element.CHECK_DOCUMENTS, RenovationStatus.APPLIED);
    renovations.end(number, RenovationStatus.REJECTED, reason, now());
  }

  /** Tells the owner what the latest document check found missing (one notice per check). */
  public void requestMissingDocuments(String number, String processInstanceId) {
    Renovation renovation = atStep(number, processInstanceId, Element.REQUEST_MISSING_DOCUMENTS,
        RenovationStatus.DOCUMENTS_MISSING);
    List<CaseStep> checks = caseFile.steps(number).stream()
        .filter(step -> Element.CHECK_DOCUMENTS.equals(step.step())).toList();
    if (checks.isEmpty()) {
      throw new UnprocessableException(null, "装修申请 " + number + " 没有资料审核记录，不能通知补充资料");
    }
    notices.issue(new Notice("renovation-documents-missing", number + "/" + checks.size(), renovation.ownerPhone(),
        "sms", "装修申请补充资料通知", renovation.ownerName() + "您好，您的装修申请 " + number + " 资料不全，请于 30 天内到客户服务中心补充："
            + checks.get(checks.size() - 1).note()));
  }

  /** 接收补充资料: the owner brought what was missing; the documents are checked again. */
  public void supplementReceived(String number, String processInstanceId) {
    atStep(number, processInstanceId, Element.AWAIT_SUPPLEMENT, RenovationStatus.DOCUMENTS_MISSING);
    renovations.status(number, RenovationStatus.APPLIED);
  }

  /** The documents are complete: the application is accepted on the terms of the decision. */
  public OffsetDateTime accept(String number, String processInstanceId, RenovationTerms terms) {
    atStep(number, processInstanceId, Element.ACCEPT_APPLICATION, RenovationStatus.DOCUMENTS_COMPLETE);
    renovations.accept(number, terms, now());
    Renovation renovation = get(number);
    OffsetDateTime due = workingDays.deadline(renovation.acceptedAt(), RenovationApprovalProcess.APPROVAL_WORKING_DAYS);
    notices.issue(new Notice("renovation-accepted", number, renovation.ownerPhone(), "sms", "装修申请受理回执",
        renovation.ownerName() + "您好，您的装修申请 " + number + " 已受理，工程服务部将于 "
            + due.atZoneSameInstant(clock.getZone()).format(DEADLINE) + " 前批复。批准后需缴纳装修保证金 "
            + terms.deposit() + " 元、垃圾清运费 " + terms.garbageFee() + " 元。"));
    return renovation.acceptedAt();
  }

  /** 设施检查: engineering looked at an accepted application's unit. */
  public void facilitiesInspected(String number, String processInstanceId) {
    atStep(number, processInstanceId, Element.INSPECT_FACILITIES, RenovationStatus.ACCEPTED);
  }

  /** 装修批复, approved: the owner pays next. */
  public void approve(String number, String processInstanceId, String conditions) {
    atStep(number, processInstanceId, Element.APPROVE_RENOVATION, RenovationStatus.ACCEPTED);
    renovations.approve(number, conditions, now());
  }

  /** 装修批复, rejected: why is kept; the owner is told by {@link #reject}. */
  public void refuseApproval(String number, String processInstanceId, String reason) {
    atStep(number, processInstanceId, Element.APPROVE_RENOVATION, RenovationStatus.ACCEPTED);
    renovations.end(number, RenovationStatus.REJECTED, reason, now());
  }

  /** Engineering did not answer within the working days: the supervisor has it now. Returns the step's note. */
  public String escalate(String number, String processInstanceId) {
    atStep(number, processInstanceId, Element.APPROVAL_OVERDUE, RenovationStatus.ACCEPTED);
    renovations.escalate(number, now());
    return "受理后 " + RenovationApprovalProcess.APPROVAL_WORKING_DAYS + " 个工作日仍未批复，已转工程主管督办";
  }

  /** Not accepted at the document check, or not approved by engineering: tells the owner why. */
  public void reject(String number, String processInstanceId) {
    Renovation renovation = atStep(number, processInstanceId, Element.REJECT_APPLICATION, RenovationStatus.REJECTED);
    notices.issue(new Notice("renovation-rejected", number, renovation.ownerPhone(), "sms", "装修申请未获批准通知",
        renovation.ownerName() + "您好，您的装修申请 " + number + " 未获批准，原因：" + renovation.rejectionReason()));
  }

  /** The owner did not bring the missing documents in time. */
  public void abandon(String number, String processInstanceId) {
    Renovation renovation = atStep(number, processInstanceId, Element.CLOSE_ABANDONED,
        RenovationStatus.DOCUMENTS_MISSING);
    renovations.end(number, RenovationStatus.ABANDONED, "逾期未补充资料", now());
    notices.issue(new Notice("renovation-abandoned", number, renovation.ownerPhone(), "sms", "装修申请终止通知",
        renovation.ownerName() + "您好，您的装修申请 " + number + " 因逾期未补充资料已终止，如需装修请重新申请。"));
  }

  /** Deposit and garbage fee received for an approved application, in the amounts the decision set. */
  public void collectFees(String number, String processInstanceId, String depositReceipt, String garbageFeeReceipt,
      String actor) {
    Renovation renovation = atStep(number, processInstanceId, Element.COLLECT_FEES, RenovationStatus.APPROVED);
    renovations.addMoney(renovation.id(), RenovationMoney.DEPOSIT, renovation.deposit(), depositReceipt, null, actor,
        now());
    renovations.addMoney(renovation.id(), RenovationMoney.GARBAGE_FEE, renovation.garbageFee(), garbageFeeReceipt,
        null, actor, now());
  }

  /**
   * Issues the permit ZX-year-5 digits once, valid for the planned works: only for an approved application whose
   * deposit and garbage fee were collected.
   */
  public RenovationPermit issuePermit(String number, String processInstanceId) {
    Renovation renovation = atStep(number, processInstanceId, Element.ISSUE_PERMIT, RenovationStatus.APPROVED);
    Set<String> paid = money(renovation).stream().map(RenovationMoney::kind).collect(Collectors.toSet());
    if (!paid.containsAll(Set.of(RenovationMoney.DEPOSIT, RenovationMoney.GARBAGE_FEE))) {
      throw new UnprocessableException(null, "装修申请 " + number + " 未缴纳装修保证金和垃圾清运费，不发放装修许可证");
    }
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

  /**
   * 登记完工申报 of a permitted renovation: the day the works were completed, not before they could start and not
   * in the future.
   */
  public void registerCompletion(String number, String processInstanceId, LocalDate completedOn) {
    Renovation renovation = atStep(number, processInstanceId, Element.REGISTER_COMPLETION,
        RenovationStatus.PERMITTED);
    if (completedOn.isAfter(today())) {
      throw new BadInputException(RenovationApprovalProcess.Var.COMPLETED_ON, "完工日期不能晚于今天 (in the future)");
    }
    if (completedOn.isBefore(renovation.plannedStart())) {
      throw new BadInputException(RenovationApprovalProcess.Var.COMPLETED_ON,
          "完工日期不能早于计划开工日期 " + renovation.plannedStart());
    }
    renovations.completed(number, completedOn);
  }

  /** Engineering's completion inspection: the deduction (0 or more, not more than the deposit) and why. */
  public BigDecimal inspectCompletion(String number, String processInstanceId, BigDecimal deduction, String reason,
      String actor) {
    Renovation renovation = atStep(number, processInstanceId, Element.INSPECT_COMPLETION,
        RenovationStatus.COMPLETION_REPORTED);
    if (deduction.compareTo(renovation.deposit()) > 0) {
      throw new BadInputException("deduction", "扣除金额不能超过保证金 " + renovation.deposit() + " 元");
    }
    if (deduction.signum() > 0) {
      renovations.addMoney(renovation.id(), RenovationMoney.DEDUCTION, deduction, null, reason, actor, now());
    }
    renovations.status(number, RenovationStatus.INSPECTED);
    return refundAmount(renovation);
  }

  /** Finance paid the deposit back, less what the inspection kept. */
  public void refund(String number, String processInstanceId, String voucher, String actor) {
    Renovation renovation = atStep(number, processInstanceId, Element.REFUND_DEPOSIT, RenovationStatus.INSPECTED);
    renovations.addMoney(renovation.id(), RenovationMoney.REFUND, refundAmount(renovation), voucher, null, actor,
        now());
  }

  /** 装修结案: only once the deposit was refunded after the completion inspection. */
  public void close(String number, String processInstanceId) {
    Renovation renovation = atStep(number, processInstanceId, Element.CLOSE_RENOVATION, RenovationStatus.INSPECTED);
    BigDecimal refunded = money(renovation).stream().filter(m -> RenovationMoney.REFUND.equals(m.kind()))
        .map(RenovationMoney::amount).findFirst()
        .orElseThrow(() -> new UnprocessableException(null, "装修申请 " + number + " 尚未退还保证金，不能结案"));
    renovations.close(number, now());
    notices.issue(new Notice("renovation-closed", number, renovation.ownerPhone(), "sms", "装修结案通知",
        renovation.ownerName() + "您好，您的装修 " + number + " 已验收结案，退还装修保证金 " + refunded + " 元。"));
  }

  public Renovation get(String number) {
    return renovations.findByNumber(number).orElseThrow(() -> new NotFoundException("装修申请", number));
  }

  /** The steps people completed on the application, in the order they happened. */
  public List<CaseStep> history(Renovation renovation) {
    return caseFile.steps(renovation.number());
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

  /**
   * The application of a process instance, named by the instance's business key, in one of the states the step
   * expects; refused (nothing written) when the instance is not the application's own or it stands elsewhere.
   */
  Renovation atStep(String number, String processInstanceId, String step, RenovationStatus... expected) {
    Renovation renovation = renovations.findByNumber(number == null ? "" : number)
        .filter(r -> r.processInstanceId() != null && r.processInstanceId().equals(processInstanceId))
        .orElseThrow(() -> new UnprocessableException(null,
            "流程实例 " + processInstanceId + " 没有装修申请 " + number + "，步骤 " + step + " 不予执行"));
    if (!List.of(expected).contains(renovation.status())) {
      throw new UnprocessableException(null, "装修申请 " + number + " 当前状态为“" + renovation.status().chineseName()
          + "”，步骤 " + step + " 不予执行 (the record is not where this step expects it)");
    }
    return renovation;
  }

  private BigDecimal refundAmount(Renovation renovation) {
    BigDecimal kept = money(renovation).stream().filter(m -> RenovationMoney.DEDUCTION.equals(m.kind()))
        .map(RenovationMoney::amount).findFirst().orElse(BigDecimal.ZERO);
    return renovation.deposit().subtract(kept);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
