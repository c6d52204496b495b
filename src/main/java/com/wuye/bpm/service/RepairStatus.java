package com.wuye.bpm.service;

/** Where a repair request (报修记录) stands; the Chinese name is what people read. */
public enum RepairStatus {
  REGISTERED("已受理"),
  DISPATCHED("已转工程服务部"),
  SURVEYED("已调查"),
  REPAIRED("已维修"),
  FILED("已备案"),
  REOPENED("重新维修"),
  CLOSED("已结案");

  private final String chineseName;

  RepairStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
