package com.wuye.bpm.engine;

import java.util.Arrays;
import java.util.Optional;

/**
 * The company's groups (shared/FLOWS.md): candidate groups of user tasks and lanes of the diagrams. Each
 * names the group its escalations go to.
 */
public enum StaffGroup {
  CUSTOMER_SERVICE("customer-service", "客户服务中心", "customer-service-supervisor"),
  CUSTOMER_SERVICE_SUPERVISOR("customer-service-supervisor", "客户服务主管", "general-manager"),
  ENGINEERING("engineering", "工程服务部", "engineering-supervisor"),
  ENGINEERING_SUPERVISOR("engineering-supervisor", "工程主管", "general-manager"),
  SECURITY("security", "安全管理部", "security-supervisor"),
  SECURITY_SUPERVISOR("security-supervisor", "安全管理主管", "general-manager"),
  MONITORING_CENTER("monitoring-center", "监控中心", "security-supervisor"),
  HOUSEKEEPING("housekeeping", "管家服务（保洁、绿化）", "housekeeping-supervisor"),
  HOUSEKEEPING_SUPERVISOR("housekeeping-supervisor", "管家服务主管", "general-manager"),
  QUALITY_CENTER("quality-center", "品质管理中心", "quality-manager"),
  QUALITY_MANAGER("quality-manager", "品质管理中心经理", "general-manager"),
  FINANCE("finance", "财务部", "general-manager"),
  GENERAL_MANAGER("general-manager", "总经理", "general-manager"),
  DEPUTY_GENERAL_MANAGER("deputy-general-manager", "副总经理", "general-manager"),
  MANAGEMENT_REPRESENTATIVE("management-representative", "管理者代表", "general-manager"),
  GM_OFFICE("gm-office", "总经理办公室", "general-manager"),
  ADMIN_HR("admin-hr", "行政人事部", "general-manager"),
  MARKET_DEVELOPMENT("market-development", "市场发展部", "general-manager"),
  BRANCH_MANAGER("branch-manager", "分公司经理", "general-manager"),
  /** edit and deploy models (Camunda Modeler through the REST API); not a lane */
  PROCESS_OWNERS("process-owners", "流程负责人", "general-manager"),
  /** watch everything in Cockpit, change nothing; not a lane */
  MANAGERS("managers", "管理层（只读监控）", "general-manager");

  private final String id;
  private final String chineseName;
  private final String supervisorGroupId;

  StaffGroup(String id, String chineseName, String supervisorGroupId) {
    this.id = id;
    this.chineseName = chineseName;
    this.supervisorGroupId = supervisorGroupId;
  }

  public String id() {
    return id;
  }

  public String chineseName() {
    return chineseName;
  }

  /** The group that gets escalations of this group's overdue work. */
  public String supervisorGroupId() {
    return supervisorGroupId;
  }

  /** Groups whose members work on tasks in Tasklist (everyone but the read-only managers). */
  public boolean worksInTasklist() {
    return this != MANAGERS;
  }

  public static Optional<StaffGroup> byId(String id) {
    return Arrays.stream(values()).filter(g -> g.id.equals(id)).findFirst();
  }

  public static StaffGroup require(String id) {
    return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown group: " + id));
  }
}
