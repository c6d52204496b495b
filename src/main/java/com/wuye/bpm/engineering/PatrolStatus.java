package com.wuye.bpm.engineering;

/** Where an equipment patrol stands (《物业品质管理手册》 §5.7.2), with the name staff read. */
public enum PatrolStatus {
  OPEN("待巡查"),
  CHECKED("已巡查"),
  LOGGED("已记录日志"),
  MISSED("漏巡");

  private final String chineseName;

  PatrolStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
