package com.wuye.bpm.housekeeping;

/** Where a day's cleaning check stands, with the name staff read. */
public enum DailyCheckStatus {
  OPEN("检查中"),
  CLOSED("已完成");

  private final String chineseName;

  DailyCheckStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
