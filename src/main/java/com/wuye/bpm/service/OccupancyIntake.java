package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerOccupancyProcess.Var;

import com.wuye.bpm.api.FormValues;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** An owner reporting for occupancy at the developer's notified date (Tasklist start form or the REST API). */
public record OccupancyIntake(String unit, String ownerName, String phone, LocalDate notifiedDate,
    String salesAssistant) {

  static OccupancyIntake read(FormValues values) {
    return new OccupancyIntake(values.requiredText(Var.UNIT, ServiceFields.UNIT_MAX),
        values.requiredText(Var.OWNER_NAME, ServiceFields.NAME_MAX), ServiceFields.phone(values, Var.PHONE),
        values.requiredDate(Var.NOTIFIED_DATE), values.optionalText(Var.SALES_ASSISTANT, ServiceFields.NAME_MAX));
  }

  Map<String, Object> asVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.UNIT, unit);
    variables.put(Var.OWNER_NAME, ownerName);
    variables.put(Var.PHONE, phone);
    variables.put(Var.NOTIFIED_DATE, notifiedDate.toString());
    variables.put(Var.SALES_ASSISTANT, salesAssistant);
    return variables;
  }
}
