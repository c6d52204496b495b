package com.wuye.bpm.service;

import static com.wuye.bpm.service.RepairRequestProcess.Var;

import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import com.wuye.bpm.estate.UnitDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The repair request (报修记录) through its life: received, passed to engineering, surveyed, repaired, filed in the
 * 《维修台账》, called back, repaired again or closed. Every step names the record by its number (the process
 * instance's business key) and refuses a record that is not in the state the step expects, writing nothing.
 */
@Service
public class RepairService {

  static final String NUMBER_PREFIX = "BX";
  static final int NUMBER_DIGITS = 6;
  static final int RECEIPT_MAX = 40;

  private final RepairRepository repairs;
  private final RepairTriage triage;
  private final UnitDirectory units;
  private final DocumentNumbers numbers;
  private final NoticeService notices;
  private final Clock clock;

  RepairService(RepairRepository repairs, RepairTriage triage, UnitDirectory units, DocumentNumbers numbers,
      NoticeService notices, Clock clock) {
    this.repairs = repairs;
    this.triage = triage;
    this.units = units;
    this.numbers = numbers;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * Reads and checks a report: every field (400 naming each), that repair-priority has a rule for its category
   * and location, and that the unit exists (404).
   */
  public RepairIntake validate(FormValues values) {
    RepairIntake intake = RepairIntake.read(values);
    if (intake.category() != null && intake.location() != null
        && !values.rules().hasError(Var.CATEGORY)
        && !values.rules().hasError(Var.LOCATION)
        && triage.triage(intake.category(), intake.location(), intake.urgent()).isEmpty()) {
      values.rules().reject(Var.CATEGORY,
          "未知的报修类别或位置 '" + intake.category() + "' / '" + intake.location() + "' (no rule of repair-priority)");
    }
    values.check();
    if (!units.exists(intake.unit())) {
      throw new NotFoundException("房屋", intake.unit());
    }
    return intake;
  }

  /** Registers the report of a process instance, once: a retry returns the record already there. */
  public RepairRequest register(RepairIntake intake, String processInstanceId, String receivedBy) {
    return repairs.findByProcessInstance(processInstanceId).orElseGet(() -> {
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      repairs.insert(number, processInstanceId, intake, receivedBy, now());
      return get(number);
    });
  }

  /** Passes the report to engineering with the decision's priority and tells the reporter when to expect them. */
  public void dispatch(String number, RepairTriage.Result result) {
    RepairRequest repair = get(number);
    expect(repairs.dispatch(number, result, now()), repair, RepairStatus.REGISTERED);
    notices.issue(new Notice("repair-received", number, repair.phone(), "sms", "报修受理回执",
        repair.reporterName() + "您好，您的报修已受理，编号 " + number + "，工程服务部将在 " + result.responseMinutes()
            + " 分钟内与您联系。"));
  }

  /** Nobody responded within the response time: the engineering supervisor has it now. */
  public void escalate(String number) {
    repairs.escalate(number, now());
  }

  /** Engineering responded: what they found and the repair plan. */
  public void recordSurvey(String number, String findings, String plan) {
    RepairRequest repair = get(number);
    OffsetDateTime now = now();
    expect(repairs.survey(number, findings, plan, now, Duration.between(repair.receivedAt(), now).toSeconds()),
        repair, RepairStatus.DISPATCHED);
  }

  /**
   * The repair was carried out: one line of the ledger for this round. A chargeable repair needs the charge and
   * its receipt; a free one takes no charge.
   */
  public void recordRepair(String number, String work, String materials, BigDecimal charge, String receipt,
      String repairedBy) {
    RepairRequest repair = get(number);
    if (repair.status() != RepairStatus.SURVEYED && repair.status() != RepairStatus.REOPENED) {
      throw refused(repair, RepairStatus.SURVEYED);
    }
    FieldRules rules = new FieldRules();
    if (charge != null && charge.signum() < 0) {
      rules.reject(Var.CHARGE_AMOUNT, "不能为负数 (must not be negative)");
    } else if (Boolean.TRUE.equals(repair.chargeable())) {
      rules.present(Var.CHARGE_AMOUNT, charge).text(Var.RECEIPT_NUMBER, receipt, RECEIPT_MAX);
    } else if (charge != null && charge.signum() != 0) {
      rules.reject(Var.CHARGE_AMOUNT, "公共部位维修不向业主收费 (this repair is free of charge)");
    }
    rules.check();
    repairs.insertLedger(repair, work, materials, charge, receipt, repairedBy, now());
    repairs.status(number, repair.status(), RepairStatus.REPAIRED);
  }

  /** Customer service filed the repair in the 《维修台账》. */
  public void file(String number, String filedBy, String note) {
    RepairRequest repair = get(number);
    expect(repairs.status(number, RepairStatus.REPAIRED, RepairStatus.FILED), repair, RepairStatus.REPAIRED);
    repairs.fileLedger(repair, filedBy, now(), note);
  }

  public void recordCallback(String number, boolean satisfied) {
    RepairRequest repair = get(number);
    if (repair.status() != RepairStatus.FILED) {
      throw refused(repair, RepairStatus.FILED);
    }
    repairs.callback(number, satisfied);
  }

  /** The owner was not satisfied: back to engineering. Returns the round of the repair to come. */
  public int reopen(String number) {
    RepairRequest repair = get(number);
    if (!repairs.reopen(number)) {
      throw new UnprocessableException(null, "报修 " + number + " 不能重新维修：状态为" + repair.status().chineseName()
          + "，回访结果为" + (Boolean.TRUE.equals(repair.satisfied()) ? "满意" : "未记录"));
    }
    return repair.repairRound() + 1;
  }

  public void close(String number) {
    RepairRequest repair = get(number);
    OffsetDateTime now = now();
    if (!repairs.close(number, now, Duration.between(repair.receivedAt(), now).toSeconds())) {
      throw new UnprocessableException(null, "报修 " + number + " 不能结案：状态为" + repair.status().chineseName()
          + "，回访结果为" + (Boolean.FALSE.equals(repair.satisfied()) ? "不满意" : "未记录"));
    }
    notices.issue(new Notice("repair-closed", number, repair.phone(), "sms", "报修结案通知",
        repair.reporterName() + "您好，您的报修 " + number + " 已维修完毕并结案，感谢您的配合。"));
  }

  public RepairRequest get(String number) {
    return repairs.findByNumber(number).orElseThrow(() -> new NotFoundException("报修", number));
  }

  public List<RepairRequest> find(String unit, RepairStatus status, OffsetDateTime from, OffsetDateTime to,
      int limit) {
    return repairs.find(unit, status, from, to, limit);
  }

  public List<RepairLedgerEntry> ledger(String number) {
    return repairs.ledger(number);
  }

  public List<RepairLedgerEntry> ledger(OffsetDateTime from, OffsetDateTime to) {
    return repairs.ledger(from, to);
  }

  private void expect(boolean moved, RepairRequest repair, RepairStatus expected) {
    if (!moved) {
      throw refused(repair, expected);
    }
  }

  private static UnprocessableException refused(RepairRequest repair, RepairStatus expected) {
    return new UnprocessableException(null, "报修 " + repair.number() + " 状态为" + repair.status().chineseName()
        + "，此步骤要求" + expected.chineseName() + " (the record is not in the state this step expects)");
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
