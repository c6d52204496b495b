package com.wuye.bpm.fee;

import com.wuye.bpm.api.FieldRules;
import java.math.BigDecimal;
import java.util.Set;

/** A payment as the cashier or a payment channel posts it: {@code {amount, channel, receiptNo}}. */
public record PaymentRequest(BigDecimal amount, String channel, String receiptNo) {

  static final Set<String> CHANNELS = Set.of("cash", "wechat", "alipay", "bank-transfer", "pos");
  static final int RECEIPT_MAX = 40;
  static final int KEY_MAX = 100;

  FieldRules check(String idempotencyKey) {
    FieldRules rules = new FieldRules().present("amount", amount);
    if (amount != null && amount.signum() <= 0) {
      rules.reject("amount", "金额必须大于 0 (must be positive)");
    } else if (amount != null && amount.stripTrailingZeros().scale() > 2) {
      rules.reject("amount", "金额最多两位小数 (at most two decimals)");
    }
    return rules.text("channel", channel, 20).oneOf("channel", channel, CHANNELS)
        .text("receiptNo", receiptNo, RECEIPT_MAX)
        .text("Idempotency-Key", idempotencyKey, KEY_MAX);
  }
}
