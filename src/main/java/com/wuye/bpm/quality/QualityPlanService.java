package com.wuye.bpm.quality;

import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.engine.StaffGroup;
import com.wuye.bpm.notice.Notice;
import com.wuye.bpm.notice.NoticeService;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * A quality plan (质量计划, 《服务实现》7.1 §4.4–4.6) through its life: drafted, reviewed by the management representative,
 * approved by the GM, issued by the GM office, its implementation checked and reported to the GM, accepted against
 * its criteria, its summary report filed.
 */
@Service
public class QualityPlanService {

  static final String NUMBER_PREFIX = "ZJ";
  static final int NUMBER_DIGITS = 4;

  private final QualityPlanRepository plans;
  private final DocumentNumbers numbers;
  private final NoticeService notices;
  private final Clock clock;

  QualityPlanService(QualityPlanRepository plans, DocumentNumbers numbers, NoticeService notices, Clock clock) {
    this.plans = plans;
    this.numbers = numbers;
    this.notices = notices;
    this.clock = clock;
  }

  /** Registers the plan of a process instance once; a retry returns the plan already registered. */
  public QualityPlan register(QualityPlanRequest request, String processInstanceId, String draftedBy) {
    return plans.findByProcessInstance(processInstanceId).orElseGet(() -> {
      request.check().check();
      String number = numbers.next(NUMBER_PREFIX, NUMBER_DIGITS);
      plans.insert(number, processInstanceId, request, draftedBy, now());
      return get(number);
    });
  }

  public void review(String number, boolean passed, String by) {
    if (passed) {
      plans.reviewed(number, by, now());
    } else {
      plans.changeState(number, "RETURNED");
    }
  }

  public void approve(String number, boolean approved, String by) {
    if (approved) {
      plans.approved(number, by, now());
    } else {
      plans.changeState(number, "RETURNED");
    }
  }

  public void revise(String number, String content, String criteria) {
    plans.revise(number, content, criteria);
  }

  public void issue(String number, LocalDate issueDate, String distributionList) {
    plans.issue(number, issueDate, distributionList);
  }

  /** Keeps a row of the implementation checklist once per task; returns its check number. */
  public int recordCheck(String number, String taskId, QualityPlanCheck check) {
    plans.addCheck(get(number).id(), taskId, check);
    return plans.checkNoOfTask(taskId);
  }

  /** The check is reported to the general manager (《服务实现》7.1 §4.6.2), once per check. */
  public void reportCheck(String number, int checkNo) {
    QualityPlan plan = get(number);
    QualityPlanCheck check = plans.checks(plan.id()).stream().filter(c -> c.checkNo() == checkNo).findFirst()
        .orElseThrow(() -> new NotFoundException("质量计划检查", number + "/" + checkNo));
    notices.issue(new Notice("quality-plan-check", number + "/" + checkNo, StaffGroup.GENERAL_MANAGER.id(), "tasklist",
        "质量计划实施情况检查：" + plan.planName(),
        "质量计划 " + number + "（" + plan.projectName() + "）第 " + checkNo + " 次实施情况检查（" + check.checkDate()
            + "）：" + check.findings()));
  }

  public void accept(String number, boolean passed, String note) {
    plans.accept(number, passed, note);
  }

  public void summarize(String number, String summary) {
    plans.summarize(number, summary);
  }

  public void file(String number, String location) {
    plans.file(number, location, now());
  }

  public QualityPlan get(String number) {
    return plans.findByNumber(number).orElseThrow(() -> new NotFoundException("质量计划", number));
  }

  List<QualityPlanCheck> checks(QualityPlan plan) {
    return plans.checks(plan.id());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
