package com.wuye.bpm.service;

import static com.wuye.bpm.service.CompanySignboardProcess.Var;

import java.util.HashMap;
import java.util.Map;

/** A company's signboard application and the task completions of company-signboard, as the forms submit them. */
final class SignboardFixtures {

  static final String UNIT = "JLD-4-1201";

  private SignboardFixtures() {}

  static Map<String, Object> application() {
    Map<String, Object> application = new HashMap<>();
    application.put(Var.UNIT, UNIT);
    application.put(Var.COMPANY_NAME, "金利达科技有限公司");
    application.put(Var.SIGN_TEXT, "金利达科技 12楼");
    application.put(Var.APPLICANT_NAME, "黄经理");
    application.put(Var.PHONE, "13900000004");
    return application;
  }

  static Map<String, Object> check(String result) {
    return Map.of(Var.APPLICATION_RESULT, result, Var.LICENCE_NUMBER, "91440300MA5XXXXX", Var.CHECK_NOTE,
        "营业执照副本已核对，申请表盖有公章");
  }

  static Map<String, Object> fee() {
    return Map.of(Var.FEE_AMOUNT, "120.00", Var.RECEIPT_NUMBER, "SJ-0100");
  }

  static Map<String, Object> delivery() {
    return Map.of(Var.MAKER_NAME, "某某广告公司", Var.DELIVERED_ON, "2026-11-25");
  }

  static Map<String, Object> signCheck(String result) {
    return Map.of(Var.SIGN_RESULT, result, Var.SIGN_CHECK_NOTE, "字体与申请一致");
  }

  static Map<String, Object> hanging() {
    return Map.of(Var.HANGING_LOCATION, "4栋大堂水牌架");
  }
}
