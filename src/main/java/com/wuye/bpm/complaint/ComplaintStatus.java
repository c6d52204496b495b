package com.wuye.bpm.complaint;

/** Where a complaint stands, with the word the front desk uses. */
public enum ComplaintStatus {
  RECEIVED("已登记"),
  ASSIGNED("待受理"),
  IN_PROGRESS("处理中"),
  AWAITING_CALLBACK("待回访"),
  REOPENED("重新处理"),
  CLOSED("已结案");

  private final String chineseName;

  ComplaintStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
