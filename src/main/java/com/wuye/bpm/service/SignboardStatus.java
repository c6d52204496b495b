package com.wuye.bpm.service;

/** Where a company signboard application (公司水牌申请) stands. */
public enum SignboardStatus implements RecordStatus {
  REGISTERED("已受理"),
  APPLICATION_VALID("资料有效"),
  APPLICATION_INVALID("资料无效"),
  REJECTED("已退回"),
  FEE_COLLECTED("已收费"),
  ORDERED("制作中"),
  DELIVERED("已交付"),
  SIGN_MATCHES("核对一致"),
  SIGN_MISMATCH("与申请不符"),
  HUNG("已挂出"),
  COMPLETED("已办结");

  private final String chineseName;

  SignboardStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
