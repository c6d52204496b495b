package com.wuye.bpm.service;

/** Where an occupancy (业主入住) stands. */
public enum OccupancyStatus implements RecordStatus {
  REGISTERED("已报到"),
  DOCUMENTS_CHECKED("证件已审核"),
  DOCUMENTS_INCOMPLETE("证件不齐"),
  POSTPONED("暂缓办理"),
  SERVICES_INTRODUCED("已介绍服务"),
  DEFECTS_FOUND("验房发现问题"),
  DEFECTS_RECTIFIED("问题已整改"),
  HOUSE_ACCEPTED("已收楼"),
  KEYS_HANDED_OVER("已交钥匙"),
  UTILITIES_ARRANGED("已开通服务"),
  MOVED_IN("已入住");

  private final String chineseName;

  OccupancyStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  @Override
  public String chineseName() {
    return chineseName;
  }
}
