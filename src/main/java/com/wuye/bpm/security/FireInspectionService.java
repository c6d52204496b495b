package com.wuye.bpm.security;

import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.engine.StaffGroup;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/** Fire-safety inspections (§5.5.5): the round, its signed checklist, each hazard until rectified, the filing. */
@Service
public class FireInspectionService {

  static final String NUMBER_PREFIX = "FH";
  static final int NUMBER_DIGITS = 5;

  private final FireInspectionRepository inspections;
  private final DocumentNumbers numbers;
  private final NoticeService notices;
  private final SecurityProperties properties;
  private final Clock clock;

  FireInspectionService(FireInspectionRepository inspections, DocumentNumbers numbers, NoticeService notices,
      SecurityProperties properties, Clock clock) {
    this.inspections = inspections;
    this.numbers = numbers;
    this.notices = notices;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Opens the round of a process instance, once. A round without an area was started by the cycle timer and covers
   * the configured area; one with an area was requested, and needs a reason.
   */
  FireInspection open(String processInstanceId, String area, String reason, String requestedBy) {
    return inspections.findByProcessInstance(processInstanceId).orElseGet(() -> {
      boolean requested = area != null;
      if (requested) {
        new FieldRules().text(FireSafetyInspectionProcess.Var.AREA, area, 200)
            .text(FireSafetyInspectionProcess.Var.REASON, reason, 500).check();
      }
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      inspections.insert(number, processInstanceId,
          requested ? FireInspection.TRIGGER_REQUEST : FireInspection.TRIGGER_CYCLE,
          requested ? area : properties.fireInspectionArea(), reason, requestedBy, now());
      return get(number);
    });
  }

  /** Keeps the signed checklist: all five checks, the hazards among them, who signed and when. */
  void recordChecklist(String number, FireChecklist checklist, String inspectedBy) {
    get(number);
    for (FireCheckType type : FireCheckType.values()) {
      inspections.addCheck(number, type.value(), checklist.problems().containsKey(type),
          checklist.problems().get(type));
    }
    inspections.signed(number, inspectedBy, now(), checklist.problems().isEmpty() ? null : checklist.responsibleParty(),
        checklist.note(), checklist.problems().size());
  }

  /**
   * The types of the checks that found a problem, in checklist order: one rectification each (§5.5.5 节点3). Only for
   * a signed checklist.
   */
  List<String> hazardTypes(String number) {
    if (get(number).signedAt() == null) {
      throw new UnprocessableException(FireSafetyInspectionProcess.Var.INSPECTION_NUMBER,
          "防火检查 " + number + " 的检查表还没有签署 (the checklist is not signed yet)");
    }
    return inspections.checks(number).stream().filter(FireCheck::problem).map(FireCheck::checkType)
        .sorted(java.util.Comparator.comparing(type -> FireCheckType.of(type).orElseThrow().ordinal())).toList();
  }

  /**
   * Gives the hazard its deadline (the first time only) and tells the responsible party, once per hazard; returns
   * the hazard with its deadline.
   */
  FireCheck issueRectificationNotice(String number, String hazardType, int days, String hazardName) {
    FireInspection inspection = get(number);
    OffsetDateTime now = now();
    inspections.deadline(number, hazardType, days, now.plusDays(days), now);
    FireCheck hazard = hazard(number, hazardType);
    notices.issue(new Notice("fire-rectification", number + "/" + hazardType, inspection.responsibleParty(), "letter",
        "防火安全限期整改通知",
        inspection.responsibleParty() + "：防火检查（" + number + "）发现" + hazardName + "：" + hazard.detail()
            + "。请于 " + hazard.deadline().toLocalDate() + " 前整改完毕，保安将到场复查。"));
    return hazard;
  }

  void recheck(String number, String hazardType, String note) {
    inspections.rechecked(number, hazardType, note);
  }

  void escalated(String number, String hazardType) {
    inspections.escalated(number, hazardType, now());
  }

  void closeHazard(String number, String hazardType) {
    inspections.rectified(number, hazardType, now());
  }

  /** Files the checklist and reports to the security supervisor (汇报工作). */
  void file(String number) {
    FireInspection inspection = get(number);
    inspections.filed(number, now());
    long hazards = inspections.checks(number).stream().filter(FireCheck::problem).count();
    notices.issue(new Notice("fire-checklist-filed", number, StaffGroup.SECURITY_SUPERVISOR.id(), "tasklist",
        "防火安全检查表 " + number,
        inspection.area() + "防火检查已完成，检查人 " + inspection.inspectedBy() + "，发现隐患 " + hazards + " 项"
            + (hazards == 0 ? "。" : "，均已整改复查。")));
  }

  public FireInspection get(String number) {
    return inspections.findByNumber(number).orElseThrow(() -> new NotFoundException("防火检查", number));
  }

  public List<FireCheck> checks(String number) {
    return inspections.checks(number);
  }

  FireCheck hazard(String number, String hazardType) {
    return inspections.check(number, hazardType).orElseThrow(() -> new NotFoundException("火险隐患", number + "/" + hazardType));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
