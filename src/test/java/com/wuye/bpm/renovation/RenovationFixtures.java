package com.wuye.bpm.renovation;

import static com.wuye.bpm.renovation.RenovationApprovalProcess.Approval;
import static com.wuye.bpm.renovation.RenovationApprovalProcess.DocumentCheck;
import static com.wuye.bpm.renovation.RenovationApprovalProcess.Element;
import static com.wuye.bpm.renovation.RenovationApprovalProcess.Var;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Named test data for renovation-approval and construction-pass. */
final class RenovationFixtures {

  /** The planned start of the fixtures' works: two weeks before the day the tests run. */
  static final LocalDate START = LocalDate.now().minusWeeks(2);
  static final LocalDate END = START.plusMonths(3);

  private RenovationFixtures() {}

  /** Tiling and painting of 85 m²: no inspection, deposit 2000, garbage fee 300. */
  static RenovationApplication finishingOnly(String unit) {
    return application(unit, false, false, new BigDecimal("85.50"));
  }

  /** A wall taken down in 120 m²: inspection, deposit 5000, garbage fee 500. */
  static RenovationApplication structural(String unit) {
    return application(unit, true, false, new BigDecimal("120"));
  }

  /** Works that started two weeks ago ({@link #START}) and end in about three months ({@link #END}). */
  static RenovationApplication application(String unit, boolean structural, boolean plumbing, BigDecimal area) {
    return new RenovationApplication(unit, "王芳", "13800138000", "安居装饰工程有限公司", "020-88886666",
        START, END, structural, plumbing, area, "客厅、卧室铺地砖，墙面刷乳胶漆",
        List.of("drawings", "ownership", "owner-id", "contractor-licence"));
  }

  /** The same application with other planned dates. */
  static RenovationApplication planned(RenovationApplication application, LocalDate start, LocalDate end) {
    return new RenovationApplication(application.unit(), application.ownerName(), application.ownerPhone(),
        application.contractorName(), application.contractorPhone(), start, end, application.structuralChange(),
        application.plumbingOrElectrical(), application.areaSqm(), application.description(),
        application.documents());
  }

  /** What each user task's form submits on the happy path. */
  static Map<String, Object> happyAnswers(String taskKey) {
    Map<String, Object> answers = new HashMap<>();
    switch (taskKey) {
      case Element.CHECK_DOCUMENTS -> answers.put(Var.DOCUMENT_CHECK, DocumentCheck.COMPLETE);
      case Element.AWAIT_SUPPLEMENT -> answers.put(Var.SUPPLEMENT_NOTE, "补交施工单位资质证书");
      case Element.INSPECT_FACILITIES -> answers.put(Var.INSPECTION_FINDINGS, "承重墙未涉及，管线完好");
      case Element.APPROVE_RENOVATION -> {
        answers.put(Var.APPROVAL, Approval.APPROVE);
        answers.put(Var.APPROVAL_CONDITIONS, "每日 8:00-12:00、14:00-18:00 施工");
      }
      case Element.ESCALATE_OVERDUE_APPROVAL -> answers.put(Var.SUPERVISOR_ACTION, "已电话督促工程部今日批复");
      case Element.COLLECT_FEES -> {
        answers.put(Var.DEPOSIT_RECEIPT, "SJ-0001");
        answers.put(Var.GARBAGE_FEE_RECEIPT, "SJ-0002");
      }
      case Element.REGISTER_COMPLETION -> answers.put(Var.COMPLETED_ON, START.plusDays(10).toString());
      case Element.INSPECT_COMPLETION -> {
        answers.put(Var.COMPLETION_FINDINGS, "验收合格，公共部位无损坏");
        answers.put(Var.DEDUCTION, 0);
      }
      case Element.REFUND_DEPOSIT -> answers.put(Var.REFUND_VOUCHER, "TK-0001");
      default -> throw new IllegalArgumentException("no happy answers for " + taskKey);
    }
    return answers;
  }
}
