package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerOccupancyProcess.Var;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An owner reporting for occupancy and the task completions of owner-occupancy, as the forms submit them. */
final class OccupancyFixtures {

  static final String UNIT = "JLD-2-0304";

  private OccupancyFixtures() {}

  static Map<String, Object> report() {
    Map<String, Object> report = new HashMap<>();
    report.put(Var.UNIT, UNIT);
    report.put(Var.OWNER_NAME, "刘业主");
    report.put(Var.PHONE, "13900000002");
    report.put(Var.NOTIFIED_DATE, "2026-11-20");
    report.put(Var.SALES_ASSISTANT, "房产公司小王");
    return report;
  }

  static Map<String, Object> documents(String result) {
    return Map.of(Var.DOCUMENTS_RESULT, result, Var.DOCUMENTS_NOTE, "购房合同、身份证、入住通知书");
  }

  static Map<String, Object> introduction() {
    return Map.of(Var.SERVICES_INTRODUCED, List.of("user-manual", "fees", "repair"));
  }

  static Map<String, Object> inspection(String result) {
    return Map.of(Var.INSPECTION_RESULT, result, Var.INSPECTION_NOTE, "主卧墙面裂缝一处");
  }

  static Map<String, Object> rectification() {
    return Map.of(Var.RECTIFICATION_NOTE, "墙面已修补");
  }

  static Map<String, Object> keys() {
    return Map.of(Var.KEY_COUNT, 3);
  }

  static Map<String, Object> utilities() {
    return Map.of(Var.UTILITIES_ARRANGED, List.of("water", "power", "gas"), Var.DECORATION_ADVICE, "wanted");
  }
}
