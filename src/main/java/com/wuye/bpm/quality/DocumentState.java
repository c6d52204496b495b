package com.wuye.bpm.quality;

/** The states of reviewed documents the archive knows (§5.2 节点13). */
public enum DocumentState {
  PENDING_READING("待评阅"),
  PENDING_REVIEW("待评审"),
  CHECKED_OUT("签出"),
  CONTROLLED("受控");

  private final String chineseName;

  DocumentState(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
