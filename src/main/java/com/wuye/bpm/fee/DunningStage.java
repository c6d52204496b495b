package com.wuye.bpm.fee;

import java.util.Arrays;

/**
 * Where a bill's collection stands; the four notices are the stages of the chart of 《物业品质管理手册》§5.4.10
 * (节点1–4). Suspension review, arrangement, suspension and restoration are stages of bills collected one by one
 * before fee-dunning 1.3; since then they belong to the household's arrears case.
 */
public enum DunningStage {
  PAYMENT_NOTICE("payment-notice", "缴费通知书", true),
  REMINDER("reminder", "催款通知书", true),
  FINAL_REMINDER("final-reminder", "最后催款通知书", true),
  SUSPENSION_NOTICE("suspension-notice", "暂停服务通知书", true),
  /** the bill's letters are exhausted: it is collected by its household's arrears case (household-arrears) */
  ARREARS_CASE("arrears-case", "转入住户欠费处理", false),
  SUSPENSION_REVIEW("suspension-review", "暂停服务审批中", false),
  PAYMENT_ARRANGED("payment-arranged", "已约定缴费", false),
  SUSPENDED("suspended", "服务已暂停", false),
  RESTORED("restored", "服务已恢复", false),
  SETTLED("settled", "已缴清结案", false);

  private final String id;
  private final String chineseName;
  private final boolean notice;

  DunningStage(String id, String chineseName, boolean notice) {
    this.id = id;
    this.chineseName = chineseName;
    this.notice = notice;
  }

  public String id() {
    return id;
  }

  public String chineseName() {
    return chineseName;
  }

  /** Whether a letter to the owner goes with this stage. */
  public boolean isNotice() {
    return notice;
  }

  public static DunningStage of(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown dunning stage: " + id));
  }
}
