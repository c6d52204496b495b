package com.wuye.bpm.service;

import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import com.wuye.bpm.estate.UnitDirectory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * A company signboard (公司水牌) through its steps: application, licence check, fee, ordered from the external
 * maker, delivery recorded, checked against the application (remade when it differs), hung, completed.
 */
@Service
public class SignboardService {

  static final String NUMBER_PREFIX = "SP";
  static final int NUMBER_DIGITS = 6;
  static final String MAKER = "水牌制作单位";

  private final SignboardRepository signboards;
  private final UnitDirectory units;
  private final DocumentNumbers numbers;
  private final NoticeService notices;
  private final Clock clock;

  SignboardService(SignboardRepository signboards, UnitDirectory units, DocumentNumbers numbers,
      NoticeService notices, Clock clock) {
    this.signboards = signboards;
    this.units = units;
    this.numbers = numbers;
    this.notices = notices;
    this.clock = clock;
  }

  public SignboardIntake validate(FormValues values) {
    SignboardIntake intake = SignboardIntake.read(values);
    values.check();
    if (!units.exists(intake.unit())) {
      throw new NotFoundException("房屋", intake.unit());
    }
    return intake;
  }

  public Signboard register(SignboardIntake intake, String processInstanceId, String receivedBy) {
    return signboards.findByProcessInstance(processInstanceId).orElseGet(() -> {
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", number);
      row.put("process_instance_id", processInstanceId);
      row.put("unit_code", intake.unit());
      row.put("company_name", intake.companyName());
      row.put("sign_text", intake.signText());
      row.put("applicant_name", intake.applicantName());
      row.put("phone", intake.phone());
      row.put("received_by", receivedBy);
      row.put("received_at", now());
      row.put("status", SignboardStatus.REGISTERED.name());
      signboards.insert(row);
      return get(number);
    });
  }

  public void checkApplication(String number, boolean valid, String licenceNumber) {
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("licence_number", licenceNumber);
    signboards.advance(number, valid ? SignboardStatus.APPLICATION_VALID : SignboardStatus.APPLICATION_INVALID,
        columns, SignboardStatus.REGISTERED);
  }

  public void reject(String number, String reason) {
    signboards.advance(number, SignboardStatus.REJECTED, Map.of("rejected_reason", reason),
        SignboardStatus.APPLICATION_INVALID);
  }

  public void collectFee(String number, BigDecimal amount, String receiptNumber) {
    if (amount.signum() <= 0) {
      new FieldRules().reject(CompanySignboardProcess.Var.FEE_AMOUNT, "应大于 0 (more than 0)").check();
    }
    signboards.advance(number, SignboardStatus.FEE_COLLECTED, Map.of("fee_amount", amount, "receipt_number",
        receiptNumber), SignboardStatus.APPLICATION_VALID);
  }

  /** The sign ordered from the external maker (a letter in the notice outbox). */
  public void order(String number) {
    Signboard signboard = get(number);
    signboards.advance(number, SignboardStatus.ORDERED, Map.of("ordered_at", now()), SignboardStatus.FEE_COLLECTED);
    notices.issue(new Notice("signboard-order", number, MAKER, "letter", "水牌制作委托",
        "请按申请制作水牌：" + signboard.companyName() + "，内容“" + signboard.signText() + "”，挂于 " + signboard.unit()
            + "。"));
  }

  public void recordDelivery(String number, String makerName, LocalDate deliveredOn) {
    signboards.advance(number, SignboardStatus.DELIVERED, Map.of("maker_name", makerName, "delivered_on",
        deliveredOn), SignboardStatus.ORDERED);
  }

  public void checkSign(String number, boolean matches) {
    signboards.advance(number, matches ? SignboardStatus.SIGN_MATCHES : SignboardStatus.SIGN_MISMATCH, Map.of(),
        SignboardStatus.DELIVERED);
  }

  /** The sign differs from the application: back to the maker, once more. */
  public void remake(String number, String difference) {
    Signboard signboard = get(number);
    int remakes = signboard.remakeCount() + 1;
    signboards.advance(number, SignboardStatus.ORDERED, Map.of("remake_count", remakes),
        SignboardStatus.SIGN_MISMATCH);
    notices.issue(new Notice("signboard-remake-" + remakes, number, MAKER, "letter", "水牌退回重做",
        "水牌与申请不符，请重做：" + difference + "。申请内容“" + signboard.signText() + "”。"));
  }

  public void hang(String number, String location) {
    signboards.advance(number, SignboardStatus.HUNG, Map.of("hanging_location", location),
        SignboardStatus.SIGN_MATCHES);
  }

  public void complete(String number) {
    signboards.advance(number, SignboardStatus.COMPLETED, Map.of("completed_at", now()), SignboardStatus.HUNG);
  }

  public Signboard get(String number) {
    return signboards.get(number);
  }

  public List<Signboard> find(String unit, SignboardStatus status, ReceivedBetween days) {
    return signboards.find(unit, status, days.from(), days.to(), ServiceReaders.LIST_LIMIT);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
