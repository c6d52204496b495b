package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerMoveInProcess.Var;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A tenant's application to move in and the task completions of owner-move-in, as the forms submit them. */
final class MoveInFixtures {

  static final String UNIT = "JLD-3-0502";

  private MoveInFixtures() {}

  static Map<String, Object> application() {
    Map<String, Object> application = new HashMap<>();
    application.put(Var.UNIT, UNIT);
    application.put(Var.OCCUPANT_NAME, "深圳市某某贸易有限公司");
    application.put(Var.OCCUPANT_TYPE, "tenant");
    application.put(Var.PHONE, "13900000003");
    return application;
  }

  static Map<String, Object> documents(String result) {
    return Map.of(Var.DOCUMENTS_CHECKED, List.of("authorization", "lease"), Var.DOCUMENTS_RESULT, result,
        Var.DOCUMENTS_NOTE, "业主授权书、租赁合同已核对");
  }

  static Map<String, Object> introduction() {
    return Map.of(Var.SERVICES_INTRODUCED, List.of("fees", "access"));
  }

  static Map<String, Object> notice(String serviceStart) {
    return Map.of(Var.SERVICE_START_DATE, serviceStart, Var.NOTICE_NOTE, "周一开始办公");
  }

  static Map<String, Object> engineering() {
    return Map.of(Var.ENGINEERING_CONFIRMATION, "空调、电力按期开通");
  }

  static Map<String, Object> security() {
    return Map.of(Var.SECURITY_CONFIRMATION, "门禁已登记");
  }
}
