package com.wuye.bpm.complaint;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Var;

import com.wuye.bpm.api.FieldRules;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A complaint as the front desk, the hotline or the owner portal takes it (业主意见受理表). The same rules apply
 * whether it comes from the Tasklist start form or from {@code POST /api/complaints}.
 */
public record ComplaintIntake(String ownerName, String unit, String phone, String channel, String category,
    String description, Boolean urgent) {

  static final Set<String> CHANNELS = Set.of("phone", "visit", "email", "hotline", "portal");
  static final int NAME_MAX = 50;
  static final int UNIT_MAX = 50;
  static final int PHONE_MAX = 30;
  static final int DESCRIPTION_MAX = 2000;
  private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,30}");

  /** Checks every field; the category is checked against the classification decision by the caller. */
  FieldRules check() {
    return new FieldRules()
        .text(Var.OWNER_NAME, ownerName, NAME_MAX)
        .text(Var.UNIT, unit, UNIT_MAX)
        .text(Var.PHONE, phone, PHONE_MAX)
        .matches(Var.PHONE, phone, PHONE, "电话号码（数字、+、-）")
        .text(Var.CHANNEL, channel, 20)
        .oneOf(Var.CHANNEL, channel, CHANNELS)
        .text(Var.CATEGORY, category, 30)
        .text(Var.DESCRIPTION, description, DESCRIPTION_MAX)
        .present(Var.URGENT, urgent);
  }

  Map<String, Object> asVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.OWNER_NAME, ownerName);
    variables.put(Var.UNIT, unit);
    variables.put(Var.PHONE, phone);
    variables.put(Var.CHANNEL, channel);
    variables.put(Var.CATEGORY, category);
    variables.put(Var.DESCRIPTION, description);
    variables.put(Var.URGENT, urgent);
    return variables;
  }

  static ComplaintIntake fromVariables(Map<String, Object> variables) {
    Object urgent = variables.get(Var.URGENT);
    return new ComplaintIntake(string(variables, Var.OWNER_NAME), string(variables, Var.UNIT),
        string(variables, Var.PHONE), string(variables, Var.CHANNEL), string(variables, Var.CATEGORY),
        string(variables, Var.DESCRIPTION), urgent instanceof Boolean b ? b : urgent == null ? null
            : Boolean.valueOf(urgent.toString()));
  }

  private static String string(Map<String, Object> variables, String name) {
    Object value = variables.get(name);
    return value == null ? null : value.toString().trim();
  }
}
