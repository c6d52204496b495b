package com.wuye.bpm.service;

import static com.wuye.bpm.service.CompanySignboardProcess.Var;

import com.wuye.bpm.api.FormValues;
import java.util.HashMap;
import java.util.Map;

/** A company's application for a signboard, filled in and stamped with the company seal. */
public record SignboardIntake(String unit, String companyName, String signText, String applicantName, String phone) {

  static final int COMPANY_MAX = 100;
  static final int SIGN_TEXT_MAX = 200;

  static SignboardIntake read(FormValues values) {
    return new SignboardIntake(values.requiredText(Var.UNIT, ServiceFields.UNIT_MAX),
        values.requiredText(Var.COMPANY_NAME, COMPANY_MAX), values.requiredText(Var.SIGN_TEXT, SIGN_TEXT_MAX),
        values.requiredText(Var.APPLICANT_NAME, ServiceFields.NAME_MAX), ServiceFields.phone(values, Var.PHONE));
  }

  Map<String, Object> asVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.UNIT, unit);
    variables.put(Var.COMPANY_NAME, companyName);
    variables.put(Var.SIGN_TEXT, signText);
    variables.put(Var.APPLICANT_NAME, applicantName);
    variables.put(Var.PHONE, phone);
    return variables;
  }
}
