package com.wuye.bpm.fee;

import java.util.Arrays;

/** Where a household's arrears case stands (《物业品质管理手册》§5.4.10 节点5–7). */
public enum ArrearsCaseStatus {
  OPEN("open", "欠费催缴中"),
  SUSPENSION_REVIEW("suspension-review", "暂停服务审批中"),
  PAYMENT_ARRANGED("payment-arranged", "已约定缴费"),
  SUSPENDED("suspended", "服务已暂停"),
  RESTORED("restored", "服务已恢复"),
  CLOSED("closed", "已缴清结案");

  private final String id;
  private final String chineseName;

  ArrearsCaseStatus(String id, String chineseName) {
    this.id = id;
    this.chineseName = chineseName;
  }

  public String id() {
    return id;
  }

  public String chineseName() {
    return chineseName;
  }

  public static ArrearsCaseStatus of(String id) {
    return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown arrears case status: " + id));
  }
}
