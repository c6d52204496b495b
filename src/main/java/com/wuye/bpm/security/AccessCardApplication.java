package com.wuye.bpm.security;

import static com.wuye.bpm.security.AccessCardProcess.Var;

import com.wuye.bpm.api.FieldRules;
import java.math.BigDecimal;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The application for a card (start form apply-access-card): holder, identity checked, fee or deposit paid. */
record AccessCardApplication(String holderName, String unit, String phone, String holderType, String idNumber,
    boolean documentsChecked, String paymentKind, BigDecimal amount, String receiptNumber) {

  static final Set<String> HOLDER_TYPES = Set.of("owner", "family", "tenant");
  static final Set<String> PAYMENT_KINDS = Set.of("fee", "deposit");

  FieldRules check() {
    FieldRules rules = new FieldRules().text(Var.HOLDER_NAME, holderName, 50).text(Var.UNIT, unit, 50)
        .text(Var.PHONE, phone, 30).text(Var.HOLDER_TYPE, holderType, 10).oneOf(Var.HOLDER_TYPE, holderType, HOLDER_TYPES)
        .text(Var.ID_NUMBER, idNumber, 40).text(Var.PAYMENT_KIND, paymentKind, 10)
        .oneOf(Var.PAYMENT_KIND, paymentKind, PAYMENT_KINDS).present(Var.AMOUNT, amount)
        .text(Var.RECEIPT_NUMBER, receiptNumber, 40);
    if (amount != null && (amount.signum() < 0 || amount.compareTo(IncidentStepRecorder.MAX_AMOUNT) > 0)) {
      rules.reject(Var.AMOUNT, "应在 0 到 " + IncidentStepRecorder.MAX_AMOUNT.toPlainString() + " 元之间");
    }
    if (!documentsChecked) {
      rules.reject(Var.DOCUMENTS_CHECKED, "须先确认办理人身份并检查资料 (check identity and documents first)");
    }
    return rules;
  }

  static AccessCardApplication from(VariableScope scope) {
    return new AccessCardApplication(FormInput.text(scope, Var.HOLDER_NAME), FormInput.text(scope, Var.UNIT),
        FormInput.text(scope, Var.PHONE), FormInput.text(scope, Var.HOLDER_TYPE), FormInput.text(scope, Var.ID_NUMBER),
        FormInput.ticked(scope, Var.DOCUMENTS_CHECKED), FormInput.text(scope, Var.PAYMENT_KIND),
        FormInput.money(scope, Var.AMOUNT), FormInput.text(scope, Var.RECEIPT_NUMBER));
  }
}
