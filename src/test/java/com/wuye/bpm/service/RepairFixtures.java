package com.wuye.bpm.service;

import static com.wuye.bpm.service.RepairRequestProcess.Var;

import java.util.HashMap;
import java.util.Map;

/** Repair reports and task completions as the forms submit them, for the repair-request tests. */
final class RepairFixtures {

  /** A unit of the demo estate. */
  static final String UNIT = "JLD-1-0101";

  private RepairFixtures() {}

  /** A leaking pipe inside the owner's unit: chargeable, normal priority, 30 minutes. */
  static Map<String, Object> leakInUnit() {
    return report("plumbing", "unit", false);
  }

  /** A broken corridor light: free of charge. */
  static Map<String, Object> publicLight(boolean urgent) {
    return report("water-electric", "public", urgent);
  }

  static Map<String, Object> report(String category, String location, boolean urgent) {
    Map<String, Object> report = new HashMap<>();
    report.put(Var.REPORTER_NAME, "张业主");
    report.put(Var.UNIT, UNIT);
    report.put(Var.PHONE, "13900000001");
    report.put(Var.CHANNEL, "phone");
    report.put(Var.CATEGORY, category);
    report.put(Var.LOCATION, location);
    report.put(Var.DESCRIPTION, "卫生间下水管漏水");
    report.put(Var.URGENT, urgent);
    return report;
  }

  static Map<String, Object> survey() {
    return Map.of(Var.SURVEY_FINDINGS, "下水管接头老化渗漏", Var.REPAIR_PLAN, "更换接头与密封圈");
  }

  static Map<String, Object> repairWithCharge() {
    return Map.of(Var.REPAIR_WORK, "已更换接头", Var.MATERIALS_USED, "PVC 接头 1 个", Var.CHARGE_AMOUNT, "45.50",
        Var.RECEIPT_NUMBER, "SJ-0001");
  }

  static Map<String, Object> repairFree() {
    return Map.of(Var.REPAIR_WORK, "已更换灯管");
  }

  static Map<String, Object> filing() {
    return Map.of(Var.LEDGER_NOTE, "已登记维修台账");
  }

  static Map<String, Object> callback(String result) {
    return Map.of(Var.CALLBACK_RESULT, result, Var.CALLBACK_NOTE, "电话回访业主");
  }

  static Map<String, Object> engineeringReview() {
    return Map.of(Var.ENGINEERING_OPINION, "维修质量合格");
  }
}
