package com.wuye.bpm.fee;

import static com.wuye.bpm.fee.FeeDunningProcess.Element;
import static com.wuye.bpm.fee.FeeDunningProcess.Var;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/** Named test data for fee-dunning. */
final class FeeFixtures {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final YearMonth FEBRUARY = YearMonth.of(2027, 2);
  static final YearMonth JANUARY = YearMonth.of(2027, 1);

  private FeeFixtures() {}

  static String billNumber(YearMonth period, String unitCode) {
    return FeeBill.number(period.toString(), unitCode);
  }

  /** The variables the billing run starts fee-dunning with. */
  static Map<String, Object> startVariables(String billNumber, YearMonth period) {
    return BillingRunService.startVariables(billNumber, period.toString());
  }

  static Date at(YearMonth period, int day, int hour, int minute) {
    return Date.from(period.atDay(1).atStartOfDay(ZONE).plusDays(day - 1L).plusHours(hour).plusMinutes(minute)
        .toInstant());
  }

  static Date at(ZonedDateTime time) {
    return Date.from(time.toInstant());
  }

  /** What the person writes when completing each task the happy way (suspension approved). */
  static Map<String, Object> completion(String taskKey) {
    Map<String, Object> variables = new HashMap<>();
    switch (taskKey) {
      case Element.APPLY_SUSPENSION -> variables.put(Var.APPLICATION_REASON, "三次催缴仍未缴费，申请暂停空调");
      case Element.APPROVE_SUSPENSION -> {
        variables.put(Var.SUSPENSION_APPROVED, true);
        variables.put(Var.APPROVAL_COMMENT, "同意暂停");
      }
      case Element.SUSPEND_SERVICES -> variables.put(Var.SUSPENSION_NOTE, "已关闭空调供应");
      case Element.RESTORE_SERVICES -> variables.put(Var.RESTORATION_NOTE, "已恢复空调供应");
      case Element.ARRANGE_PAYMENT -> {
        variables.put(Var.ARRANGEMENT_NOTE, "业主承诺月底前缴清");
        variables.put(Var.AGREED_PAYMENT_DATE, "2027-03-31");
      }
      default -> throw new IllegalArgumentException(taskKey);
    }
    return variables;
  }

  static Map<String, Object> rejection() {
    return new HashMap<>(Map.of(Var.SUSPENSION_APPROVED, false, Var.APPROVAL_COMMENT, "先与业主协商"));
  }
}
