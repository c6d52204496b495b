package com.wuye.bpm.service;

import com.wuye.bpm.api.FormValues;
import java.util.regex.Pattern;

/** Field limits and formats the customer-service intakes share (they match the columns of V20). */
final class ServiceFields {

  static final int NAME_MAX = 50;
  static final int UNIT_MAX = 30;
  static final int PHONE_MAX = 30;
  static final int NOTE_MAX = 2000;
  static final int SHORT_NOTE_MAX = 500;
  private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,30}");

  private ServiceFields() {}

  /** A required phone number: digits, +, - and spaces. */
  static String phone(FormValues values, String field) {
    String phone = values.requiredText(field, PHONE_MAX);
    values.rules().matches(field, phone, PHONE, "电话号码（数字、+、-）");
    return phone;
  }
}
