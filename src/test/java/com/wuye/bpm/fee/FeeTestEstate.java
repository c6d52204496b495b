package com.wuye.bpm.fee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fresh estate of its own for one test (the database may hold other tests' and the demo's estates): units
 * {@code <code>-1-0101 …} with an area of 100 m² at 2.50 a m² (bill 250.00) and a household each.
 */
record FeeTestEstate(String code, List<String> unitCodes) {

  static final BigDecimal BILL_AMOUNT = new BigDecimal("250.00");

  static FeeTestEstate create(JdbcTemplate jdbc, int units) {
    String code = "T" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36)
        .toUpperCase();
    jdbc.update("insert into estate (code, name, fee_rate) values (?, ?, ?)", code, "测试花园" + code,
        new BigDecimal("2.50"));
    long estateId = jdbc.queryForObject("select id from estate where code = ?", Long.class, code);
    jdbc.update("insert into building (estate_id, code, name) values (?, '1', '1栋')", estateId);
    long buildingId = jdbc.queryForObject("select id from building where estate_id = ?", Long.class, estateId);
    List<String> codes = new ArrayList<>();
    for (int i = 1; i <= units; i++) {
      String unit = String.format("%s-1-%02d%02d", code, (i - 1) / 4 + 1, (i - 1) % 4 + 1);
      jdbc.update("insert into unit (building_id, code, floor_no, area) values (?, ?, ?, ?)", buildingId, unit,
          (i - 1) / 4 + 1, new BigDecimal("100.00"));
      jdbc.update("""
          insert into household (unit_id, owner_name, phone, medical_equipment, moved_in_on)
          select id, ?, ?, false, ? from unit where code = ?""", "测试业主" + i, "1380000" + String.format("%04d", i),
          LocalDate.of(2024, 1, 1), unit);
      codes.add(unit);
    }
    return new FeeTestEstate(code, List.copyOf(codes));
  }

  /** A fresh estate of {@code units} units and a fresh period, billed (with every other unit of the database). */
  static FeeTestEstate billed(JdbcTemplate jdbc, BillingRunService billingRuns, int units, YearMonth period) {
    FeeTestEstate estate = create(jdbc, units);
    billingRuns.prepare(period);
    billingRuns.run(period);
    return estate;
  }

  /** A month no other test bills: far in the future, picked at random. */
  static YearMonth freshPeriod() {
    return YearMonth.of(ThreadLocalRandom.current().nextInt(2200, 9000), ThreadLocalRandom.current().nextInt(1, 13));
  }

  String bill(YearMonth period, int unit) {
    return FeeBill.number(period.toString(), unitCodes.get(unit));
  }
}
