package com.wuye.bpm.complaint;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Element;

import com.wuye.bpm.api.BadInputException;
import com.wuye.bpm.api.FieldRules;
import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.engine.StaffGroup;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
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
  private final Clock clock;

  ComplaintService(ComplaintRepository complaints, ComplaintClassifier classifier, DocumentNumbers numbers,
      NoticeService notices, Clock clock) {
    this.complaints = complaints;
    this.classifier = classifier;
    this.numbers = numbers;
    this.notices = notices;
    this.clock = clock;
  }

  /** Every rule of the intake, including that the classification decision knows the category. */
  public void validate(ComplaintIntake intake) {
    FieldRules rules = intake.check();
    if (!rules.hasError("category") && intake.urgent() != null
        && classifier.classify(intake.category(), intake.urgent()).isEmpty()) {
      rules.reject("category", "未知的投诉类别 '" + intake.category() + "' (unknown category)");
    }
    rules.check();
  }

  /** Registers the complaint of a process instance, once: a retry returns the complaint already registered. */
  public Complaint register(ComplaintIntake intake, String processInstanceId, String receivedBy) {
    return complaints.findByProcessInstance(processInstanceId).orElseGet(() -> {
      intake.check().check();
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      complaints.insert(number, processInstanceId, intake, receivedBy, now());
      return get(number);
    });
  }

  /**
   * Records the decision's routing and tells the owner the complaint number and when someone will respond.
   * Returns the group that gets the escalation when nobody responds in time.
   */
  public String assign(String number, ComplaintClassification classification) {
    if (classification.responsibleGroup() == null) {
      throw new BadInputException("category", "投诉类别无法分类 (no rule of complaint-classification matches)");
    }
    Complaint complaint = get(number);
    complaints.assign(number, classification);
    StaffGroup responsible = StaffGroup.require(classification.responsibleGroup());
    notices.issue(new Notice("complaint-received", number, complaint.phone(), "sms", "投诉受理回执",
        complaint.ownerName() + "您好，您的投诉已登记，编号 " + number + "，由" + responsible.chineseName() + "负责，"
            + classification.responseMinutes() + " 分钟内与您联系。"));
    return responsible.supervisorGroupId();
  }

  /** A person completed a step of the complaint (a user task); its note is kept in the record. */
  public void recordStep(String number, String step, String stepName, String taskId, String actor, String note) {
    Complaint complaint = get(number);
    OffsetDateTime now = now();
    complaints.addStep(complaint.id(), step, stepName, taskId, actor, now, note);
    switch (step) {
      case Element.ACKNOWLEDGE_COMPLAINT ->
          complaints.acknowledge(number, now, Duration.between(complaint.receivedAt(), now).toSeconds());
      case Element.RECORD_HANDLING_RESULT -> complaints.status(number, ComplaintStatus.AWAITING_CALLBACK);
      default -> { }
    }
  }

  /** Nobody acknowledged the complaint within the response time: the supervisor has it now. */
  public void escalate(String number, String taskId, String stepName) {
    Complaint complaint = get(number);
    complaints.escalate(number, now());
    complaints.addStep(complaint.id(), Element.RESPONSE_OVERDUE, stepName, taskId, null, now(),
        "超过 " + complaint.responseMinutes() + " 分钟未受理，已转" + StaffGroup.require(complaint.responsibleGroup())
            .supervisorGroupId() + "督办");
  }

  public void recordCallback(String number, boolean satisfied) {
    complaints.callback(number, satisfied);
  }

  /** The owner was not satisfied: back to handling. Returns how often the complaint has been reopened. */
  public int reopen(String number) {
    return complaints.reopen(number);
  }

  public void close(String number) {
    Complaint complaint = get(number);
    OffsetDateTime now = now();
    complaints.close(number, now, Duration.between(complaint.receivedAt(), now).toSeconds());
    notices.issue(new Notice("complaint-closed", number, complaint.phone(), "sms", "投诉结案通知",
        complaint.ownerName() + "您好，您的投诉 " + number + " 已处理完毕并结案，感谢您对我们工作的监督。"));
  }

  public Complaint get(String number) {
    return complaints.findByNumber(number).orElseThrow(() -> new NotFoundException("投诉", number));
  }

  public List<ComplaintStep> history(Complaint complaint) {
    return complaints.steps(complaint.id());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
