package com.wuye.bpm.service;

import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.engine.StaffGroup;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import com.wuye.bpm.estate.UnitDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A move-in (业主迁入) through its steps: applied, documents checked, services introduced, the 业主迁入通知 filled in
 * and sent to engineering and security, each department's confirmation, moved in.
 */
@Service
public class MoveInService {

  static final String NUMBER_PREFIX = "QR";
  static final int NUMBER_DIGITS = 6;
  /** The departments the move-in notice goes to; each confirms in its own task. */
  static final List<StaffGroup> NOTIFIED = List.of(StaffGroup.ENGINEERING, StaffGroup.SECURITY);

  private final MoveInRepository moveIns;
  private final UnitDirectory units;
  private final DocumentNumbers numbers;
  private final NoticeService notices;
  private final Clock clock;

  MoveInService(MoveInRepository moveIns, UnitDirectory units, DocumentNumbers numbers, NoticeService notices,
      Clock clock) {
    this.moveIns = moveIns;
    this.units = units;
    this.numbers = numbers;
    this.notices = notices;
    this.clock = clock;
  }

  public MoveInIntake validate(FormValues values) {
    MoveInIntake intake = MoveInIntake.read(values);
    values.check();
    if (!units.exists(intake.unit())) {
      throw new NotFoundException("房屋", intake.unit());
    }
    return intake;
  }

  public MoveIn register(MoveInIntake intake, String processInstanceId, String receivedBy) {
    return moveIns.findByProcessInstance(processInstanceId).orElseGet(() -> {
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", number);
      row.put("process_instance_id", processInstanceId);
      row.put("unit_code", intake.unit());
      row.put("occupant_name", intake.occupantName());
      row.put("occupant_type", intake.occupantType());
      row.put("phone", intake.phone());
      row.put("received_by", receivedBy);
      row.put("received_at", now());
      row.put("status", MoveInStatus.REGISTERED.name());
      moveIns.insert(row);
      return get(number);
    });
  }

  public void checkDocuments(String number, boolean complete, List<String> documents) {
    moveIns.advance(number, complete ? MoveInStatus.DOCUMENTS_CHECKED : MoveInStatus.DOCUMENTS_INCOMPLETE,
        Map.of("documents_checked", String.join(",", documents)), MoveInStatus.REGISTERED);
  }

  public void refuse(String number, String reason) {
    moveIns.advance(number, MoveInStatus.REFUSED, Map.of("refused_reason", reason),
        MoveInStatus.DOCUMENTS_INCOMPLETE);
  }

  public void introduceServices(String number) {
    moveIns.advance(number, MoveInStatus.SERVICES_INTRODUCED, Map.of(), MoveInStatus.DOCUMENTS_CHECKED);
  }

  /** The owner announced the start of business: the notice's date, not before the application. */
  public void fillNotice(String number, LocalDate serviceStart) {
    MoveIn moveIn = get(number);
    if (serviceStart.isBefore(moveIn.receivedAt().atZoneSameInstant(clock.getZone()).toLocalDate())) {
      new FieldRules().reject(OwnerMoveInProcess.Var.SERVICE_START_DATE,
          "不能早于申请日期 (not before the application)").check();
    }
    moveIns.advance(number, MoveInStatus.NOTICE_FILLED, Map.of("service_start_date", serviceStart),
        MoveInStatus.SERVICES_INTRODUCED);
  }

  /** The 业主迁入通知 to engineering, security and the others; once per department. */
  public void sendNotice(String number) {
    MoveIn moveIn = get(number);
    moveIns.advance(number, MoveInStatus.NOTICE_SENT, Map.of("notice_sent_at", now()), MoveInStatus.NOTICE_FILLED);
    for (StaffGroup department : NOTIFIED) {
      notices.issue(new Notice("move-in-notice-" + department.id(), number, department.id(), "tasklist", "业主迁入通知",
          moveIn.occupantName() + " 迁入 " + moveIn.unit() + "，" + moveIn.serviceStartDate() + " 起请按期提供服务。"));
    }
  }

  public void confirm(String number, StaffGroup department) {
    String column = switch (department) {
      case ENGINEERING -> "engineering_confirmed_at";
      case SECURITY -> "security_confirmed_at";
      default -> throw new IllegalArgumentException("no move-in confirmation for " + department.id());
    };
    moveIns.advance(number, MoveInStatus.NOTICE_SENT, Map.of(column, now()), MoveInStatus.NOTICE_SENT);
  }

  /** Every department confirmed: moved in, and the owner told from when. */
  public void complete(String number) {
    MoveIn moveIn = get(number);
    if (moveIn.engineeringConfirmedAt() == null || moveIn.securityConfirmedAt() == null) {
      throw new UnprocessableException(null, "迁入 " + number + " 尚有部门未确认 (a department has not confirmed)");
    }
    moveIns.advance(number, MoveInStatus.MOVED_IN, Map.of("completed_at", now()), MoveInStatus.NOTICE_SENT);
    notices.issue(new Notice("move-in-completed", number, moveIn.phone(), "sms", "迁入通知",
        moveIn.occupantName() + "您好，" + moveIn.unit() + " 的迁入手续已办妥，各部门自 " + moveIn.serviceStartDate()
            + " 起为您提供服务。"));
  }

  public MoveIn get(String number) {
    return moveIns.get(number);
  }

  public List<MoveIn> find(String unit, MoveInStatus status, ReceivedBetween days) {
    return moveIns.find(unit, status, days.from(), days.to(), ServiceReaders.LIST_LIMIT);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
