package com.wuye.bpm.security;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.engine.StaffGroup;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;

/** The screening's archive record (档案记录, §5.5.2) from the guard's first look to the archive. */
@Service
public class ScreeningService {

  static final String NUMBER_PREFIX = "PC";
  static final int NUMBER_DIGITS = 5;

  private final ScreeningRepository screenings;
  private final DocumentNumbers numbers;
  private final NoticeService notices;
  private final Clock clock;

  ScreeningService(ScreeningRepository screenings, DocumentNumbers numbers, NoticeService notices, Clock clock) {
    this.screenings = screenings;
    this.numbers = numbers;
    this.notices = notices;
    this.clock = clock;
  }

  /** Opens the record of a process instance, once: a retry returns the record already opened. */
  Screening register(ScreeningObservation observation, String processInstanceId, String observedBy) {
    return screenings.findByProcessInstance(processInstanceId).orElseGet(() -> {
      observation.check().check();
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      screenings.insert(number, processInstanceId, observation, observedBy, OffsetDateTime.now(clock));
      return get(number);
    });
  }

  /**
   * Keeps the decision's score and recommendation next to the guard's choice; refuses a choice milder than the
   * recommendation (the guard may escalate, never de-escalate).
   */
  void chooseAction(String number, int riskScore, String riskLevel, ScreeningAction recommended,
      ScreeningAction chosen) {
    if (!chosen.isAtLeast(recommended)) {
      throw new BadInputException(SuspiciousPersonScreeningProcess.Var.GUARD_ACTION,
          "不能低于评分建议“" + recommended.chineseName() + "”，只能升级 (may not be milder than the recommendation)");
    }
    screenings.chooseAction(number, riskScore, riskLevel, recommended.value(), chosen.value(),
        chosen == ScreeningAction.RELEASE ? ScreeningOutcome.RELEASED : null);
  }

  void inspectItems(String number, String itemsFound, boolean suspicious) {
    screenings.inspectItems(number, itemsFound, suspicious);
  }

  void itemStatement(String number, String statement) {
    screenings.itemStatement(number, statement);
  }

  void checkId(String number, boolean hasValidId, String idType, String idNumber, String personName) {
    screenings.checkId(number, hasValidId, idType, idNumber, personName);
  }

  /** Tells the security supervisor (once per screening) that a person needs questioning. */
  void notifySupervisor(String number) {
    Screening s = get(number);
    screenings.supervisorNotified(number, OffsetDateTime.now(clock));
    notices.issue(new Notice("screening-supervisor", number, StaffGroup.SECURITY_SUPERVISOR.id(), "tasklist",
        "请到" + s.location() + "盘查可疑人员",
        "盘查 " + number + "：" + s.location() + "，" + s.personDescription() + "。请立即到场进一步盘查。"));
  }

  /**
   * A high score (or a guard's own escalation) alerts the security supervisor, once; the guard still inspects the
   * items and checks the ID (§5.5.2 节点2–4), and the supervisor questions only a person without an ID.
   */
  void alertSupervisor(String number) {
    Screening s = get(number);
    if (!ScreeningAction.NOTIFY_SUPERVISOR.value().equals(s.guardAction()) || s.archivedAt() != null) {
      throw new UnprocessableException(SuspiciousPersonScreeningProcess.Var.SCREENING_NUMBER,
          "盘查 " + number + " 未判为高度可疑，不通知主管 (only a screening judged highly suspicious)");
    }
    screenings.supervisorAlerted(number, OffsetDateTime.now(clock));
    notices.issue(new Notice("screening-alert", number, StaffGroup.SECURITY_SUPERVISOR.id(), "tasklist",
        "高度可疑人员：" + s.location(),
        "盘查 " + number + "：" + s.location() + "，" + s.personDescription() + "。评分高度可疑，保安正在查验物品和证件，请留意。"));
  }

  void question(String number, String note, boolean suspect, String personName) {
    screenings.question(number, note, suspect, personName);
  }

  void handOver(String number, String policeStation, String policeReceipt) {
    screenings.handOver(number, policeStation, policeReceipt);
  }

  /** Closes the archive record; every path has set its outcome by now. */
  Screening archive(String number) {
    Screening screening = get(number);
    if (screening.outcome() == null) {
      throw new IllegalStateException("screening " + number + " reached the archive without an outcome");
    }
    screenings.archive(number, OffsetDateTime.now(clock));
    return get(number);
  }

  public Screening get(String number) {
    return screenings.findByNumber(number).orElseThrow(() -> new NotFoundException("盘查记录", number));
  }
}
