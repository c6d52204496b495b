package com.wuye.bpm.security;

import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.engine.StaffGroup;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;

/** The record of a fight (§5.5.4) from the monitoring centre's report to the archive. */
@Service
public class FightIncidentService {

  static final String NUMBER_PREFIX = "DJ";
  static final int NUMBER_DIGITS = 5;

  private final FightIncidentRepository incidents;
  private final DocumentNumbers numbers;
  private final NoticeService notices;
  private final Clock clock;

  FightIncidentService(FightIncidentRepository incidents, DocumentNumbers numbers, NoticeService notices,
      Clock clock) {
    this.incidents = incidents;
    this.numbers = numbers;
    this.notices = notices;
    this.clock = clock;
  }

  /** Opens the record of a process instance, once. */
  FightIncident register(FightReport report, String processInstanceId, String reportedBy) {
    return incidents.findByProcessInstance(processInstanceId).orElseGet(() -> {
      report.check().check();
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      incidents.insert(number, processInstanceId, report, reportedBy, now());
      return get(number);
    });
  }

  /** Sends the guards and tells the supervisor at the same time (§5.5.4 节点2); each notice once. */
  void dispatchGuards(String number, boolean serious, String seriousnessReason) {
    FightIncident incident = get(number);
    incidents.dispatched(number, serious, seriousnessReason, now());
    String what = incident.location() + "发生打架斗殴，约 " + incident.peopleInvolved() + " 人"
        + (serious ? "，情况严重（" + seriousnessReason + "），监控中心报警" : "");
    notices.issue(new Notice("fight-guards", number, StaffGroup.SECURITY.id(), "tasklist", "立即赶赴" + incident.location(),
        "事件 " + number + "：" + what + "。请立即赶赴现场。"));
    notices.issue(new Notice("fight-supervisor", number, StaffGroup.SECURITY_SUPERVISOR.id(), "tasklist",
        "打架斗殴：" + incident.location(), "事件 " + number + "：" + what + "。保安已出发。"));
  }

  void policeCalled(String number, String policeReport) {
    incidents.policeCalled(number, policeReport, now());
  }

  void mediated(String number, String note, boolean effective) {
    incidents.mediated(number, note, effective);
  }

  /**
   * The supervisor's decision after a failed mediation (§5.5.4 节点3): whether to call the police (then with the
   * police's receipt) and what to report to the company's leaders. Only for a record whose mediation failed.
   */
  void supervisorDecided(String number, String policeDecision, String policeReport, String leadersReport) {
    FightIncident incident = get(number);
    if (!Boolean.FALSE.equals(incident.mediationEffective()) || incident.archivedAt() != null) {
      throw new UnprocessableException(FightIncidentProcess.Var.INCIDENT_NUMBER,
          "事件 " + number + " 未经劝解无效，主管不能在此决定报警 (only after a failed mediation)");
    }
    incidents.supervisorDecided(number, policeDecision, leadersReport);
    if (FightIncidentProcess.CALL_POLICE.equals(policeDecision)) {
      incidents.policeCalled(number, policeReport, now());
    }
  }

  /** Reports the incident and the supervisor's decision to the company's leaders (报告公司领导), once. */
  void reportToLeaders(String number) {
    FightIncident incident = get(number);
    if (incident.leadersReport() == null) {
      throw new UnprocessableException(FightIncidentProcess.Var.INCIDENT_NUMBER,
          "事件 " + number + " 还没有主管的报告，不能报告公司领导 (the supervisor has not decided yet)");
    }
    incidents.leadersReported(number, now());
    boolean police = FightIncidentProcess.CALL_POLICE.equals(incident.policeDecision());
    notices.issue(new Notice("fight-leaders", number, StaffGroup.GENERAL_MANAGER.id(), "tasklist",
        "打架斗殴报告：" + incident.location(),
        "事件 " + number + "（" + incident.location() + "，约 " + incident.peopleInvolved() + " 人）保安劝解无效，"
            + (police ? "安全管理主管已报警。" : "安全管理主管决定不报警，自行处理。") + "主管报告：" + incident.leadersReport()));
  }

  void policeAssisted(String number, String assistance) {
    incidents.policeAssisted(number, assistance);
  }

  void damageListed(String number, String items, BigDecimal amount) {
    incidents.damageListed(number, items, amount);
  }

  void reported(String number, String caseReport) {
    incidents.reported(number, caseReport);
  }

  void archive(String number) {
    incidents.archive(number, now());
  }

  public FightIncident get(String number) {
    return incidents.findByNumber(number).orElseThrow(() -> new NotFoundException("打架斗殴事件", number));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
