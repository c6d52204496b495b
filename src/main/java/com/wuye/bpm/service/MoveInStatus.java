package com.wuye.bpm.service;

/** Where a move-in (业主迁入) stands. */
public enum MoveInStatus implements RecordStatus {
  REGISTERED("已申请"),
  DOCUMENTS_CHECKED("证件已审核"),
  DOCUMENTS_INCOMPLETE("证件不齐"),
  REFUSED("不予迁入"),
  SERVICES_INTRODUCED("已介绍服务"),
  NOTICE_FILLED("迁入通知已填写"),
  NOTICE_SENT("迁入通知已送达"),
  MOVED_IN("已迁入");

  private final String chineseName;

  MoveInStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
