package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerCallbackProcess.Var;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The task completions of owner-callback, as the forms submit them. */
final class CallbackFixtures {

  static final String AGREED_AT = "2031-06-10T10:00";
  static final String AGREED_DATE = "2031-06-20";

  private CallbackFixtures() {}

  static Map<String, Object> appointment(String result) {
    Map<String, Object> appointment = new HashMap<>();
    appointment.put(Var.APPOINTMENT_RESULT, result);
    appointment.put(Var.APPOINTMENT_AT, AGREED_AT);
    appointment.put(Var.APPOINTMENT_NOTE, "业主王先生，电话已约定");
    return appointment;
  }

  static Map<String, Object> visit(String onSiteResult) {
    Map<String, Object> visit = new HashMap<>();
    visit.put(Var.DEPARTMENTS, List.of("engineering"));
    visit.put(Var.OWNER_QUESTIONS, "卫生间反复渗水，询问何时彻底修好");
    visit.put(Var.ON_SITE_RESULT, onSiteResult);
    if ("pending".equals(onSiteResult)) {
      visit.put(Var.PENDING_ISSUES, "楼上防水层需重做，已向业主解释");
      visit.put(Var.AGREED_DATE, AGREED_DATE);
    }
    return visit;
  }

  static Map<String, Object> record() {
    return Map.of(Var.RECORD_CONTENT, "与工程部上门查看渗水，更换密封胶，约定重做防水", Var.SATISFACTION,
        "basically-satisfied");
  }

  static Map<String, Object> review(String result) {
    Map<String, Object> review = new HashMap<>();
    review.put(Var.REVIEW_RESULT, result);
    review.put(Var.REVIEW_NOTE, "请补充防水施工的负责人");
    return review;
  }
}
