package com.wuye.bpm.security;

import static com.wuye.bpm.security.AccessCardProcess.Var;

import com.wuye.bpm.api.FieldRules;
import java.math.BigDecimal;
import java.util.Set;

/** The fee or deposit taken once the documents are complete (§5.5.1 节点2), with its receipt. */
record AccessCardPayment(String paymentKind, BigDecimal amount, String receiptNumber) {

  static final Set<String> PAYMENT_KINDS = Set.of("fee", "deposit");
  static final BigDecimal MAX_AMOUNT = new BigDecimal("99999.99");

  FieldRules check(FieldRules rules) {
    rules.text(Var.PAYMENT_KIND, paymentKind, 10).oneOf(Var.PAYMENT_KIND, paymentKind, PAYMENT_KINDS)
        .present(Var.AMOUNT, amount).text(Var.RECEIPT_NUMBER, receiptNumber, 40);
    if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0)) {
      rules.reject(Var.AMOUNT, "应在 0 到 " + MAX_AMOUNT.toPlainString() + " 元之间");
    }
    return rules;
  }
}
