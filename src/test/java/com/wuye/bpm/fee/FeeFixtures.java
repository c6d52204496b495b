package com.wuye.bpm.fee;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

/** Named test data for fee-dunning: bills, periods, instants in the company's zone. */
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
}
