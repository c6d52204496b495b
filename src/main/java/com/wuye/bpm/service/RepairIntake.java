package com.wuye.bpm.service;

import static com.wuye.bpm.service.RepairRequestProcess.Var;

import com.wuye.bpm.api.FormValues;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A repair report as customer service takes it, by phone, in writing, at the desk or from the owner portal. The
 * same rules apply to the Tasklist start form and to {@code POST /api/repairs}; whether the category and location
 * are known is the decision's to say ({@link RepairTriage}).
 */
public record RepairIntake(String reporterName, String unit, String phone, String channel, String category,
    String location, String description, boolean urgent) {

  static final Set<String> CHANNELS = Set.of("phone", "written", "visit", "portal");
  static final int NAME_MAX = ServiceFields.NAME_MAX;
  static final int UNIT_MAX = ServiceFields.UNIT_MAX;
  static final int CODE_MAX = 30;
  static final int DESCRIPTION_MAX = 2000;

  /** Reads every field, collecting what is wrong in the values' rules (the caller checks them). */
  static RepairIntake read(FormValues values) {
    String phone = ServiceFields.phone(values, Var.PHONE);
    return new RepairIntake(values.requiredText(Var.REPORTER_NAME, NAME_MAX), values.requiredText(Var.UNIT, UNIT_MAX),
        phone, values.choice(Var.CHANNEL, CHANNELS), values.requiredText(Var.CATEGORY, CODE_MAX),
        values.requiredText(Var.LOCATION, CODE_MAX), values.requiredText(Var.DESCRIPTION, DESCRIPTION_MAX),
        values.ticked(Var.URGENT));
  }

  Map<String, Object> asVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.REPORTER_NAME, reporterName);
    variables.put(Var.UNIT, unit);
    variables.put(Var.PHONE, phone);
    variables.put(Var.CHANNEL, channel);
    variables.put(Var.CATEGORY, category);
    variables.put(Var.LOCATION, location);
    variables.put(Var.DESCRIPTION, description);
    variables.put(Var.URGENT, urgent);
    return variables;
  }
}
