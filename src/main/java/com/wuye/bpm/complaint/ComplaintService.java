package com.wuye.bpm.complaint;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Element;
import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Var;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.FormValues;
import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.casefile.CaseFile;
import com.wuye.bpm.casefile.CaseStep;
import com.wuye.bpm.engine.StaffGroup;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/** The complaint record (业主意见受理表) through its life: registered, assigned, handled, called back, closed. */
@Service
public class ComplaintService {

  static final String NUMBER_PREFIX = "TS";
  static final int NUMBER_DIGITS = 6;

  private final ComplaintRepository complaints;
  private final ComplaintClassifier classifier;
  private final DocumentNumbers numbers;
  private final NoticeService notices;
  private final CaseFile caseFile;
  private final Clock clock;

  ComplaintService(ComplaintRepository complaints, ComplaintClassifier classifier, DocumentNumbers numbers,
      NoticeService notices, CaseFile caseFile, Clock clock) {
    this.complaints = complaints;
    this.classifier = classifier;
    this.numbers = numbers;
    this.notices = notices;
    this.caseFile = caseFile;
    this.clock = clock;
  }

  /**
   * Reads the intake (start form or REST body) and checks every rule, including that the classification decision
   * knows the category: 400 naming every field at fault.
   */
  public ComplaintIntake read(FormValues values) {
    ComplaintIntake intake = ComplaintIntake.read(values);
    if (intake.category() != null && !values.rules().hasError(Var.CATEGORY) && intake.urgent() != null
        && classifier.classify(intake.category(), intake.urgent()).isEmpty()) {
      values.rules().reject(Var.CATEGORY, "未知的投诉类别 '" + intake.category() + "' (unknown category)");
    }
    values.check();
    return intake;
  }

  /** Registers the complaint of a process instance, once: a retry returns the complaint already registered. */
  public Complaint register(ComplaintIntake intake, String processInstanceId, String receivedBy) {
    return complaints.findByProcessInstance(processInstanceId).orElseGet(() -> {
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      complaints.insert(number, processInstanceId, intake, receivedBy, now());
      return get(number);
    });
  }

  /**
   * Records the decision's routing and tells the owner the complaint number and when someone will respond.
   * Returns the group that gets the escalation when nobody responds in time.
   */
  public String assign(String number, String processInstanceId, ComplaintClassification classification) {
    if (classification.responsibleGroup() == null) {
      throw new BadInputException("category", "投诉类别无法分类 (no rule of complaint-classification matches)");
    }
    Complaint complaint = atStep(number, processInstanceId, "assign", ComplaintStatus.RECEIVED);
    complaints.assign(number, classification);
    StaffGroup responsible = StaffGroup.require(classification.responsibleGroup());
    notices.issue(new Notice("complaint-received", number, complaint.phone(), "sms", "投诉受理回执",
        complaint.ownerName() + "您好，您的投诉已登记，编号 " + number + "，由" + responsible.chineseName() + "负责，"
            + classification.responseMinutes() + " 分钟内与您联系。"));
    return responsible.supervisorGroupId();
  }

  /** 受理并现场了解: the responsible group responded; the response time is kept. */
  public void acknowledge(String number, String processInstanceId) {
    Complaint complaint = atStep(number, processInstanceId, Element.ACKNOWLEDGE_COMPLAINT, ComplaintStatus.ASSIGNED);
    OffsetDateTime now = now();
    complaints.acknowledge(number, now, Duration.between(complaint.receivedAt(), now).toSeconds());
  }

  /** Nobody acknowledged the complaint within the response time: the supervisor has it now. Returns the note. */
  public String escalate(String number, String processInstanceId) {
    Complaint complaint = atStep(number, processInstanceId, Element.RESPONSE_OVERDUE, ComplaintStatus.ASSIGNED);
    complaints.escalate(number, now());
    return "超过 " + complaint.responseMinutes() + " 分钟未受理，已转"
        + StaffGroup.require(StaffGroup.require(complaint.responsibleGroup()).supervisorGroupId()).chineseName()
        + "督办";
  }

  /** 处理投诉: only a complaint that was acknowledged (or reopened) is handled. */
  public void handle(String number, String processInstanceId) {
    atStep(number, processInstanceId, Element.HANDLE_COMPLAINT, ComplaintStatus.IN_PROGRESS,
        ComplaintStatus.REOPENED);
  }

  /** 记录处理情况: customer service recorded the result; the complaint waits for its callback. */
  public void recordResult(String number, String processInstanceId) {
    atStep(number, processInstanceId, Element.RECORD_HANDLING_RESULT, ComplaintStatus.IN_PROGRESS,
        ComplaintStatus.REOPENED);
    complaints.awaitCallback(number);
  }

  /** 投诉回访: what the owner said, for a complaint whose result was recorded and that needs a callback. */
  public void recordCallback(String number, String processInstanceId, boolean satisfied) {
    Complaint complaint = atStep(number, processInstanceId, Element.CALLBACK, ComplaintStatus.AWAITING_CALLBACK);
    if (!Boolean.TRUE.equals(complaint.callbackRequired())) {
      throw refused(complaint, Element.CALLBACK);
    }
    complaints.callback(number, satisfied);
  }

  /**
   * The owner was not satisfied at the callback: back to handling. Returns how often the complaint has been
   * reopened.
   */
  public int reopen(String number, String processInstanceId) {
    Complaint complaint = atStep(number, processInstanceId, Element.REOPEN_COMPLAINT,
        ComplaintStatus.AWAITING_CALLBACK);
    if (!Boolean.FALSE.equals(complaint.satisfied())) {
      throw refused(complaint, Element.REOPEN_COMPLAINT);
    }
    return complaints.reopen(number);
  }

  /** 品质经理介入: only for a complaint reopened at least twice and not closed. */
  public void reviewReopened(String number, String processInstanceId) {
    Complaint complaint = atStep(number, processInstanceId, Element.REVIEW_REOPENED_COMPLAINT,
        ComplaintStatus.REOPENED, ComplaintStatus.IN_PROGRESS, ComplaintStatus.AWAITING_CALLBACK);
    if (complaint.reopenCount() < 2) {
      throw refused(complaint, Element.REVIEW_REOPENED_COMPLAINT);
    }
  }

  /**
   * 结案: only a complaint whose result was recorded, and, when it needs a callback, whose owner said at the
   * callback that they were satisfied. Records the resolution time and tells the owner.
   */
  public void close(String number, String processInstanceId) {
    Complaint complaint = atStep(number, processInstanceId, Element.CLOSE_COMPLAINT,
        ComplaintStatus.AWAITING_CALLBACK);
    if (Boolean.TRUE.equals(complaint.callbackRequired()) && !Boolean.TRUE.equals(complaint.satisfied())) {
      throw refused(complaint, Element.CLOSE_COMPLAINT);
    }
    OffsetDateTime now = now();
    complaints.close(number, now, Duration.between(complaint.receivedAt(), now).toSeconds());
    notices.issue(new Notice("complaint-closed", number, complaint.phone(), "sms", "投诉结案通知",
        complaint.ownerName() + "您好，您的投诉 " + number + " 已处理完毕并结案，感谢您对我们工作的监督。"));
  }

  /**
   * A completion may not reroute the complaint: the group its tasks (and its callback) go to is the one the
   * classification gave and the record keeps, whatever a completion sends as {@code responsibleGroup}.
   */
  public void requireRouting(String number, String responsibleGroup) {
    Complaint complaint = get(number);
    if (complaint.responsibleGroup() != null && !complaint.responsibleGroup().equals(responsibleGroup)) {
      throw new BadInputException(Var.RESPONSIBLE_GROUP, "责任部门不能更改 (the responsible group cannot be changed)");
    }
  }

  /**
   * The complaint of a process instance, named by the instance's business key, in one of the states the step
   * expects; refused (nothing written) when the instance is not the complaint's own or the complaint is elsewhere.
   */
  Complaint atStep(String number, String processInstanceId, String step, ComplaintStatus... expected) {
    Complaint complaint = complaints.findByNumber(number == null ? "" : number)
        .filter(c -> c.processInstanceId() != null && c.processInstanceId().equals(processInstanceId))
        .orElseThrow(() -> new UnprocessableException(null,
            "流程实例 " + processInstanceId + " 没有投诉记录 " + number + "，步骤 " + step + " 不予执行"));
    if (!List.of(expected).contains(complaint.status())) {
      throw refused(complaint, step);
    }
    return complaint;
  }

  private static UnprocessableException refused(Complaint complaint, String step) {
    return new UnprocessableException(null, "投诉 " + complaint.number() + " 当前状态为“" + complaint.status()
        .chineseName() + "”，步骤 " + step + " 不予执行 (the record is not where this step expects it)");
  }

  /**
   * Who may read a complaint: customer service (who keeps the record), the responsible group and its supervisor,
   * the quality center and its manager (quality complaints, reopened complaints) and the managers.
   */
  public String[] groupsWorkingOn(Complaint complaint) {
    Set<String> groups = new LinkedHashSet<>(List.of(StaffGroup.CUSTOMER_SERVICE.id(),
        StaffGroup.CUSTOMER_SERVICE_SUPERVISOR.id(), StaffGroup.QUALITY_CENTER.id(), StaffGroup.QUALITY_MANAGER.id(),
        StaffGroup.MANAGERS.id(), StaffGroup.GENERAL_MANAGER.id(), StaffGroup.DEPUTY_GENERAL_MANAGER.id()));
    StaffGroup.byId(complaint.responsibleGroup()).ifPresent(responsible -> {
      groups.add(responsible.id());
      groups.add(responsible.supervisorGroupId());
    });
    return groups.toArray(String[]::new);
  }

  public Complaint get(String number) {
    return complaints.findByNumber(number).orElseThrow(() -> new NotFoundException("投诉", number));
  }

  /** The steps people completed on the complaint, in the order they happened. */
  public List<CaseStep> history(Complaint complaint) {
    return caseFile.steps(complaint.number());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
