package com.wuye.bpm.security;

import com.wuye.bpm.api.FormValues;
import static com.wuye.bpm.security.AccessCardProcess.Var;

import com.wuye.bpm.api.FieldRules;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The application for a card (start form apply-access-card): who holds it, where they live, their ID number. */
record AccessCardApplication(String holderName, String unit, String phone, String holderType, String idNumber) {

  static final Set<String> HOLDER_TYPES = Set.of("owner", "family", "tenant");

  FieldRules check() {
    return new FieldRules().text(Var.HOLDER_NAME, holderName, 50).text(Var.UNIT, unit, 50)
        .text(Var.PHONE, phone, 30).text(Var.HOLDER_TYPE, holderType, 10).oneOf(Var.HOLDER_TYPE, holderType, HOLDER_TYPES)
        .text(Var.ID_NUMBER, idNumber, 40);
  }

  static AccessCardApplication from(VariableScope scope) {
    return new AccessCardApplication(FormValues.of(scope).text(Var.HOLDER_NAME), FormValues.of(scope).text(Var.UNIT),
        FormValues.of(scope).text(Var.PHONE), FormValues.of(scope).text(Var.HOLDER_TYPE), FormValues.of(scope).text(Var.ID_NUMBER));
  }
}
