package com.wuye.bpm.service;

import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import com.wuye.bpm.estate.UnitDirectory;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * An owner's occupancy (业主入住) through its steps: reported, documents checked, manual handed over and services
 * introduced, house inspected (and rectified), keys handed over, utilities arranged, moved in. Each step names the
 * record by its number and refuses a record that is not in the state the step expects.
 */
@Service
public class OccupancyService {

  static final String NUMBER_PREFIX = "RH";
  static final int NUMBER_DIGITS = 6;

  private final OccupancyRepository occupancies;
  private final UnitDirectory units;
  private final DocumentNumbers numbers;
  private final NoticeService notices;
  private final Clock clock;

  OccupancyService(OccupancyRepository occupancies, UnitDirectory units, DocumentNumbers numbers,
      NoticeService notices, Clock clock) {
    this.occupancies = occupancies;
    this.units = units;
    this.numbers = numbers;
    this.notices = notices;
    this.clock = clock;
  }

  /** Reads and checks the report: every field (400 naming each) and that the unit exists (404). */
  public OccupancyIntake validate(FormValues values) {
    OccupancyIntake intake = OccupancyIntake.read(values);
    values.check();
    if (!units.exists(intake.unit())) {
      throw new NotFoundException("房屋", intake.unit());
    }
    return intake;
  }

  /** Registers the occupancy of a process instance, once. */
  public Occupancy register(OccupancyIntake intake, String processInstanceId, String receivedBy) {
    return occupancies.findByProcessInstance(processInstanceId).orElseGet(() -> {
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", number);
      row.put("process_instance_id", processInstanceId);
      row.put("unit_code", intake.unit());
      row.put("owner_name", intake.ownerName());
      row.put("phone", intake.phone());
      row.put("notified_date", intake.notifiedDate());
      row.put("sales_assistant", intake.salesAssistant());
      row.put("received_by", receivedBy);
      row.put("received_at", now());
      row.put("status", OccupancyStatus.REGISTERED.name());
      occupancies.insert(row);
      return get(number);
    });
  }

  public void checkDocuments(String number, boolean complete) {
    occupancies.advance(number, complete ? OccupancyStatus.DOCUMENTS_CHECKED : OccupancyStatus.DOCUMENTS_INCOMPLETE,
        Map.of(), OccupancyStatus.REGISTERED);
  }

  /** The documents were incomplete: the occupancy waits until the owner comes again. */
  public void postpone(String number, String reason) {
    occupancies.advance(number, OccupancyStatus.POSTPONED, Map.of("postponed_reason", reason),
        OccupancyStatus.DOCUMENTS_INCOMPLETE);
  }

  public void introduceServices(String number, List<String> services) {
    occupancies.advance(number, OccupancyStatus.SERVICES_INTRODUCED,
        Map.of("services_introduced", String.join(",", services)), OccupancyStatus.DOCUMENTS_CHECKED);
  }

  /** The joint inspection: accepted → the owner takes the house; defects → rectified and inspected again. */
  public void inspect(String number, boolean accepted) {
    Occupancy occupancy = get(number);
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("inspection_count", occupancy.inspectionCount() + 1);
    if (accepted) {
      columns.put("accepted_at", now());
    }
    occupancies.advance(number, accepted ? OccupancyStatus.HOUSE_ACCEPTED : OccupancyStatus.DEFECTS_FOUND, columns,
        OccupancyStatus.SERVICES_INTRODUCED, OccupancyStatus.DEFECTS_RECTIFIED);
  }

  public void rectify(String number) {
    occupancies.advance(number, OccupancyStatus.DEFECTS_RECTIFIED, Map.of(), OccupancyStatus.DEFECTS_FOUND);
  }

  public void handOverKeys(String number, int keyCount) {
    occupancies.advance(number, OccupancyStatus.KEYS_HANDED_OVER, Map.of("key_count", keyCount),
        OccupancyStatus.HOUSE_ACCEPTED);
  }

  public void arrangeUtilities(String number, List<String> utilities, boolean decorationAdvice) {
    occupancies.advance(number, OccupancyStatus.UTILITIES_ARRANGED, Map.of("utilities_arranged",
        String.join(",", utilities), "decoration_advice", decorationAdvice), OccupancyStatus.KEYS_HANDED_OVER);
  }

  /** Moved in: the occupancy notice to the owner. */
  public void complete(String number) {
    Occupancy occupancy = get(number);
    occupancies.advance(number, OccupancyStatus.MOVED_IN, Map.of("completed_at", now()),
        OccupancyStatus.UTILITIES_ARRANGED);
    notices.issue(new Notice("occupancy-completed", number, occupancy.phone(), "sms", "入住通知",
        occupancy.ownerName() + "您好，" + occupancy.unit() + " 的入住手续已办理完毕，欢迎入住。装修前请到客户服务中心办理装修申请。"));
  }

  public Occupancy get(String number) {
    return occupancies.get(number);
  }

  public List<Occupancy> find(String unit, OccupancyStatus status, ReceivedBetween days) {
    return occupancies.find(unit, status, days.from(), days.to(), ServiceReaders.LIST_LIMIT);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
