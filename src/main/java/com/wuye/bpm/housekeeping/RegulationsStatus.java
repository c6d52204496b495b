package com.wuye.bpm.housekeeping;

/** Where a version of the cleaning regulations stands (《物业品质管理手册》 §5.6), with the name staff read. */
public enum RegulationsStatus {
  DRAFT("审批中"),
  WITHDRAWN("已撤回"),
  IN_FORCE("现行"),
  SUPERSEDED("已被新版取代");

  private final String chineseName;

  RegulationsStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
