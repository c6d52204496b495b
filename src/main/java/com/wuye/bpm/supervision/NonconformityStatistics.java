package com.wuye.bpm.supervision;

import com.wuye.bpm.engine.StaffGroup;
import java.util.List;

/**
 * Nonconformity reports of one month or one year by department (质量管理员对本部门质量目标完成情况进行月、年统计).
 *
 * @param period {@code 2026-12} or {@code 2026}
 */
public record NonconformityStatistics(String period, List<Department> departments) {

  /** One department's reports issued in the period and where they stand now. */
  public record Department(String group, int issued, int closed, int open, int overdue, int returned) {
    public String departmentName() {
      return StaffGroup.byId(group).map(StaffGroup::chineseName).orElse(group);
    }
  }
}
