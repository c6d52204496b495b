package com.wuye.bpm.engineering;

/** Where a house repair stands (《物业品质管理手册》 §5.7.1), with the name staff read. */
public enum HouseRepairStatus {
  PLANNED("计划审批中"),
  WITHDRAWN("计划已撤销"),
  SURVEYING("勘察鉴定中"),
  SCHEME_REVIEW("方案审批中"),
  SCHEME_APPROVED("方案已批准"),
  TENDERING("招标中"),
  UNDER_REPAIR("施工中"),
  ACCEPTED("验收合格"),
  SETTLED("已结算"),
  ARCHIVED("已建档");

  private final String chineseName;

  HouseRepairStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
