package com.wuye.bpm.service;

/** Where an owner callback (业主回访) stands. */
public enum OwnerCallbackStatus implements RecordStatus {
  PLANNED("已列入回访计划"),
  APPOINTED("已电话预约"),
  DECLINED("业主谢绝回访"),
  VISITED("已回访"),
  RECORDED("记录待审阅"),
  RETURNED("记录退回补充"),
  REVIEWED("记录已审阅"),
  COMPLETED("已完成");

  private final String chineseName;

  OwnerCallbackStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
