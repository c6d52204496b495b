package com.wuye.bpm.supervision;

import com.wuye.bpm.engine.StaffGroup;
import java.util.Arrays;

/**
 * Who supervises and how often, with the group whose members form the team:
 * the assessments of 《物业公司品质管理部职责及管理目标》质量管理制度及质量检查标准 二 — the company's of its branches every half year (a team
 * the quality department forms), a branch's of its projects every month (led by the branch manager); the 十必查 of
 * 《内部督导的主要内容》（一）要点督导 4. — the service centre's quality improvement team every day, the subsidiary's
 * supervision team every month, the group's supervision committee every quarter.
 */
public enum SupervisionLevel {
  COMPANY("company", "公司半年度考核", StaffGroup.QUALITY_CENTER),
  BRANCH("branch", "分公司月度考核", StaffGroup.BRANCH_MANAGER),
  DAILY("daily", "物业服务中心日检", StaffGroup.CUSTOMER_SERVICE_SUPERVISOR),
  MONTHLY("monthly", "分子公司月检", StaffGroup.BRANCH_MANAGER),
  QUARTERLY("quarterly", "集团季检", StaffGroup.QUALITY_MANAGER);

  private final String value;
  private final String label;
  private final StaffGroup team;

  SupervisionLevel(String value, String label, StaffGroup team) {
    this.value = value;
    this.label = label;
    this.team = team;
  }

  public String value() {
    return value;
  }

  public String label() {
    return label;
  }

  /** The group whose members form the team. */
  public StaffGroup team() {
    return team;
  }

  public static SupervisionLevel of(String value) {
    return Arrays.stream(values()).filter(l -> l.value.equals(value)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown supervision level: " + value));
  }
}
