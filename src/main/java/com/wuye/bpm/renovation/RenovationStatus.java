package com.wuye.bpm.renovation;

/** Where a renovation application stands, with the word the front desk uses. */
public enum RenovationStatus {
  APPLIED("已申请，待审核资料"),
  DOCUMENTS_MISSING("待补充资料"),
  DOCUMENTS_COMPLETE("资料齐全，待受理"),
  ACCEPTED("已受理，待工程批复"),
  APPROVED("已批准，待缴费"),
  PERMITTED("已发装修许可证"),
  COMPLETION_REPORTED("已申报完工，待验收"),
  INSPECTED("已验收，待退保证金"),
  CLOSED("已结案"),
  REJECTED("未获批准"),
  ABANDONED("逾期未补充资料，已终止");

  private final String chineseName;

  RenovationStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
