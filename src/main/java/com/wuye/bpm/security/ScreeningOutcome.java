package com.wuye.bpm.security;

/** How a screening ended (§5.5.2), as the archive record (档案记录) keeps it. */
public enum ScreeningOutcome {
  RELEASED("不可疑，准其离开"),
  ITEM_STATEMENT("填写物品说明后离开"),
  ID_REGISTERED("登记证件后离开"),
  REGISTERED_AFTER_QUESTIONING("主管盘查后登记离开"),
  HANDED_TO_POLICE("送公安机关处理");

  private final String chineseName;

  ScreeningOutcome(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
