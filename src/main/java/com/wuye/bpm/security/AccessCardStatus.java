package com.wuye.bpm.security;

/** Where an access card stands, with the word the front desk uses. */
public enum AccessCardStatus {
  AWAITING_DOCUMENTS("待检查资料"),
  AWAITING_SIGNATURE("待签字领证"),
  ACTIVE("有效"),
  LOST("已挂失停用");

  private final String chineseName;

  AccessCardStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
