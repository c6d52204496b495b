package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.ConstructionPassProcess.Element;
import static com.wuye.bpm.renovation.ConstructionPassProcess.Var;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * 施工证件收发 (《物业品质管理手册》§5.4.4): a contractor's request under a renovation permit, documents checked, one pass
 * per worker valid until the permit's end, passes handed out and collected, missing ones recorded.
 */
@Service
public class ConstructionPassService {

  static final String REQUEST_PREFIX = "SGSQ";
  static final int REQUEST_DIGITS = 5;
  static final String PASS_PREFIX = "SGZ";
  static final int PASS_DIGITS = 6;
  static final int MAX_WORKERS = 100;
  private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,30}");

  private final ConstructionPassRepository passes;
  private final RenovationService renovations;
  private final DocumentNumbers numbers;
  private final NoticeService notices;
  private final Clock clock;

  ConstructionPassService(ConstructionPassRepository passes, RenovationService renovations, DocumentNumbers numbers,
      NoticeService notices, Clock clock) {
    this.passes = passes;
    this.renovations = renovations;
    this.numbers = numbers;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * Registers the request of a process instance once (what the start form submitted), for a permit that exists and
   * has not ended.
   */
  public ConstructionPassRequest register(FormValues values, String processInstanceId, String requestedBy) {
    return passes.findRequestByProcessInstance(processInstanceId).orElseGet(() -> {
      String permitNumber = values.requiredText(Var.PERMIT_NUMBER, 20);
      String contractorName = values.requiredText(Var.CONTRACTOR_NAME, 100);
      String contractorLicence = values.requiredText(Var.CONTRACTOR_LICENCE, 60);
      String contractorPhone = values.requiredText(Var.CONTRACTOR_PHONE, 30);
      values.rules().matches(Var.CONTRACTOR_PHONE, contractorPhone, PHONE, "电话号码（数字、+、-）");
      values.check();
      RenovationPermit permit = validPermit(permitNumber);
      String number = numbers.next(REQUEST_PREFIX, REQUEST_DIGITS);
      passes.insertRequest(number, processInstanceId, permit.number(), contractorName, contractorLicence,
          contractorPhone, requestedBy, now());
      return request(number);
    });
  }

  public RenovationPermit permitOf(ConstructionPassRequest request) {
    return renovations.permit(request.permitNumber());
  }

  /** 证件审核 of a request not checked yet: qualified (passes may be issued) or refused. */
  public void recordDocumentCheck(String requestNumber, String processInstanceId, boolean qualified, String note) {
    atStep(requestNumber, processInstanceId, Element.CHECK_CONTRACTOR_DOCUMENTS, ConstructionPassRequest.REQUESTED);
    passes.documentsChecked(requestNumber, note,
        qualified ? ConstructionPassRequest.QUALIFIED : ConstructionPassRequest.REFUSED);
  }

  /** The contractor's documents did not hold at the check: the owner is told, no pass is issued. */
  public void refuse(String requestNumber, String processInstanceId) {
    ConstructionPassRequest request = atStep(requestNumber, processInstanceId, Element.REFUSE_PASSES,
        ConstructionPassRequest.REFUSED);
    Renovation renovation = renovations.get(renovationNumberOf(request));
    notices.issue(new Notice("construction-passes-refused", requestNumber, renovation.ownerPhone(), "sms",
        "施工人员出入证不予办理通知", renovation.ownerName() + "您好，施工单位 " + request.contractorName()
            + " 的资质证件未通过审核，施工人员出入证不予办理（" + requestNumber + "），施工单位不得进场施工。"));
  }

  /**
   * Issues one pass per worker, valid until the permit's end, only for a contractor whose documents were accepted.
   * Every worker needs a name, a valid ID number and the photo taken at the desk; an ID number appears once.
   * Returns the passes issued for the request.
   */
  public List<ConstructionPass> issue(String requestNumber, String processInstanceId,
      List<ConstructionWorker> workers) {
    ConstructionPassRequest request = atStep(requestNumber, processInstanceId, Element.ISSUE_PASSES,
        ConstructionPassRequest.QUALIFIED);
    List<ConstructionWorker> checked = check(workers);
    RenovationPermit permit = validPermit(request.permitNumber());
    for (ConstructionWorker worker : checked) {
      if (passes.passesOf(request.id()).stream().noneMatch(p -> p.idNumber().equals(worker.idNumber()))) {
        passes.insertPass(numbers.next(PASS_PREFIX, PASS_DIGITS), request.id(), worker, permit.validUntil(), now());
      }
    }
    passes.status(requestNumber, ConstructionPassRequest.ISSUED);
    return passes.passesOf(request.id());
  }

  /** 发放出入证: the issued passes were handed to the contractor's representative. */
  public void handOver(String requestNumber, String processInstanceId, String handedOverTo) {
    atStep(requestNumber, processInstanceId, Element.HAND_OUT_PASSES, ConstructionPassRequest.ISSUED);
    passes.handedOver(requestNumber, handedOverTo);
  }

  /**
   * The works ended: every pass is collected except the ones named missing (pass numbers separated by commas,
   * spaces or new lines), which stay invalid at the gate.
   */
  public void collect(String requestNumber, String processInstanceId, String missingPassNumbers, String note) {
    ConstructionPassRequest request = atStep(requestNumber, processInstanceId, Element.RECORD_PASS_COLLECTION,
        ConstructionPassRequest.ISSUED);
    if (request.handedOverTo() == null) {
      throw new UnprocessableException(null, "出入证申请 " + requestNumber + " 的出入证尚未发放，不能登记收回");
    }
    Set<String> issued = passes.passesOf(request.id()).stream().map(ConstructionPass::number)
        .collect(Collectors.toSet());
    Set<String> missing = missingPassNumbers == null ? Set.of() : Arrays.stream(missingPassNumbers.split("[,，;；\\s]+"))
        .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(HashSet::new));
    Set<String> unknown = new HashSet<>(missing);
    unknown.removeAll(issued);
    if (!unknown.isEmpty()) {
      throw new BadInputException(Var.MISSING_PASS_NUMBERS,
          "不是本次办理的出入证：" + String.join(", ", unknown.stream().sorted().toList()));
    }
    missing.forEach(number -> passes.missing(request.id(), number));
    passes.returned(request.id(), now());
    passes.collected(requestNumber, note, now());
  }

  /**
   * The request of a process instance, named by the instance's business key, in the state the step expects;
   * refused (nothing written) when the instance is not the request's own or the request stands elsewhere.
   */
  ConstructionPassRequest atStep(String number, String processInstanceId, String step, String expected) {
    ConstructionPassRequest request = passes.findRequest(number == null ? "" : number)
        .filter(r -> r.processInstanceId() != null && r.processInstanceId().equals(processInstanceId))
        .orElseThrow(() -> new UnprocessableException(null,
            "流程实例 " + processInstanceId + " 没有出入证申请 " + number + "，步骤 " + step + " 不予执行"));
    if (!expected.equals(request.status())) {
      throw new UnprocessableException(null, "出入证申请 " + number + " 当前状态为 " + request.status() + "，步骤 " + step
          + " 不予执行 (the record is not where this step expects it)");
    }
    return request;
  }

  public ConstructionPassRequest request(String number) {
    return passes.findRequest(number).orElseThrow(() -> new NotFoundException("出入证申请", number));
  }

  public List<ConstructionPass> passesOf(ConstructionPassRequest request) {
    return passes.passesOf(request.id());
  }

  public ConstructionPassRequest requestOf(ConstructionPass pass) {
    return passes.findRequestById(pass.requestId()).orElseThrow();
  }

  public ConstructionPass pass(String number) {
    return passes.findPass(number).orElseThrow(() -> new NotFoundException("出入证", number));
  }

  public ZoneId zone() {
    return clock.getZone();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private RenovationPermit validPermit(String permitNumber) {
    RenovationPermit permit;
    try {
      permit = renovations.permit(permitNumber);
    } catch (NotFoundException e) {
      throw new BadInputException(Var.PERMIT_NUMBER, "装修许可证 " + permitNumber + " 不存在");
    }
    if (today().isAfter(permit.validUntil())) {
      throw new BadInputException(Var.PERMIT_NUMBER, "装修许可证 " + permitNumber + " 已于 " + permit.validUntil() + " 到期");
    }
    return permit;
  }

  private String renovationNumberOf(ConstructionPassRequest request) {
    return renovations.applicationOf(permitOf(request)).number();
  }

  private static List<ConstructionWorker> check(List<ConstructionWorker> workers) {
    FieldRules rules = new FieldRules();
    if (workers.isEmpty()) {
      rules.reject(Var.WORKERS, "至少登记一名施工人员 (at least one worker)");
    } else if (workers.size() > MAX_WORKERS) {
      rules.reject(Var.WORKERS, "一次最多登记 " + MAX_WORKERS + " 名施工人员");
    }
    Set<String> seen = new HashSet<>();
    List<ConstructionWorker> normalized = workers.stream().map(w -> new ConstructionWorker(
        w.name() == null ? null : w.name().trim(), ResidentIdNumber.normalize(w.idNumber()), w.photoTaken())).toList();
    for (int i = 0; i < normalized.size(); i++) {
      ConstructionWorker worker = normalized.get(i);
      String at = Var.WORKERS + "[" + i + "].";
      rules.text(at + Var.WORKER_NAME, worker.name(), 50);
      if (!ResidentIdNumber.isValid(worker.idNumber())) {
        rules.reject(at + Var.WORKER_ID_NUMBER, "身份证号码不正确（18 位，校验位不符）");
      } else if (!seen.add(worker.idNumber())) {
        rules.reject(at + Var.WORKER_ID_NUMBER, "同一身份证号码登记了两次");
      }
      if (!Boolean.TRUE.equals(worker.photoTaken())) {
        rules.reject(at + Var.WORKER_PHOTO_TAKEN, "须在前台拍摄照片");
      }
    }
    rules.check();
    return normalized;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
