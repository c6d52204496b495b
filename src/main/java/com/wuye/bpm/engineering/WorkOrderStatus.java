package com.wuye.bpm.engineering;

/** Where an engineering work order stands, with the name staff read. */
public enum WorkOrderStatus {
  OPEN("待维修"),
  REPAIRED("已修复");

  private final String chineseName;

  WorkOrderStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
