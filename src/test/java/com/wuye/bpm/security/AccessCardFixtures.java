package com.wuye.bpm.security;

import static com.wuye.bpm.security.AccessCardProcess.Var;

import java.util.HashMap;
import java.util.Map;

/** Named test data for access-card. */
final class AccessCardFixtures {

  private AccessCardFixtures() {}

  /** An owner's application at the desk. */
  static Map<String, Object> ownerWithDeposit() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.HOLDER_NAME, "陈静");
    variables.put(Var.UNIT, "5栋1单元802");
    variables.put(Var.PHONE, "13700137000");
    variables.put(Var.HOLDER_TYPE, "owner");
    variables.put(Var.ID_NUMBER, "110101198803034567");
    return variables;
  }

  /** Identity confirmed, documents complete, a deposit of 50 yuan taken. */
  static Map<String, Object> documentsComplete() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.DOCUMENTS_COMPLETE, AccessCardProcess.COMPLETE);
    variables.put(Var.PAYMENT_KIND, "deposit");
    variables.put(Var.AMOUNT, 50);
    variables.put(Var.RECEIPT_NUMBER, "SJ-0001234");
    return variables;
  }

  static Map<String, Object> documentsIncomplete() {
    return Map.of(Var.DOCUMENTS_COMPLETE, AccessCardProcess.INCOMPLETE, Var.MISSING_DOCUMENTS, "缺房产证复印件");
  }

  static Map<String, Object> documentsSupplemented() {
    return Map.of(Var.SUPPLEMENT_NOTE, "业主补交房产证复印件一份");
  }

  static Map<String, Object> signed() {
    return Map.of(Var.OWNER_SIGNED, true);
  }

  static Map<String, Object> copiesArchived() {
    return Map.of(Var.COPIES_FILE_NUMBER, "KF-DA-2026-018");
  }

  static Map<String, Object> registerArchived() {
    return Map.of(Var.REGISTER_FILE_NUMBER, "BA-DJ-2026-007");
  }
}
