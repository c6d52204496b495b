package com.wuye.bpm.complaint;

import static com.wuye.bpm.complaint.ComplaintHandlingProcess.Var;

import com.wuye.bpm.api.FormValues;
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
  static final int CATEGORY_MAX = 30;
  static final int DESCRIPTION_MAX = 2000;
  private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,30}");

  /**
   * Reads the intake from what a form or a REST body holds, the errors collected in {@code values}; that the
   * category is one the classification decision knows is checked by {@link ComplaintService#read}.
   */
  static ComplaintIntake read(FormValues values) {
    String phone = values.requiredText(Var.PHONE, PHONE_MAX);
    values.rules().matches(Var.PHONE, phone, PHONE, "电话号码（数字、+、-）");
    return new ComplaintIntake(values.requiredText(Var.OWNER_NAME, NAME_MAX), values.requiredText(Var.UNIT, UNIT_MAX),
        phone, values.choice(Var.CHANNEL, CHANNELS), values.requiredText(Var.CATEGORY, CATEGORY_MAX),
        values.requiredText(Var.DESCRIPTION, DESCRIPTION_MAX), values.requiredFlag(Var.URGENT));
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
}
