package com.wuye.bpm.service;

import static com.wuye.bpm.service.OwnerMoveInProcess.Var;

import com.wuye.bpm.api.FormValues;
import java.util.HashMap;
import java.util.Map;

/** An owner or tenant applying to move in, with the authorisation, lease or other proofs in hand. */
public record MoveInIntake(String unit, String occupantName, String occupantType, String phone) {

  static final int OCCUPANT_MAX = 100;

  static MoveInIntake read(FormValues values) {
    return new MoveInIntake(values.requiredText(Var.UNIT, ServiceFields.UNIT_MAX),
        values.requiredText(Var.OCCUPANT_NAME, OCCUPANT_MAX), values.choice(Var.OCCUPANT_TYPE,
        OwnerMoveInProcess.OCCUPANT_TYPES), ServiceFields.phone(values, Var.PHONE));
  }

  Map<String, Object> asVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.UNIT, unit);
    variables.put(Var.OCCUPANT_NAME, occupantName);
    variables.put(Var.OCCUPANT_TYPE, occupantType);
    variables.put(Var.PHONE, phone);
    return variables;
  }
}
