package com.wuye.bpm.renovation;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Units for the integration tests, in the estate tables of the fee family: a unit of its own in the first
 * building, not billable (so that billing runs of other tests do not bill it), with 王芳 as its household.
 */
final class RenovationTestUnits {

  private RenovationTestUnits() {}

  /** A unit with a fresh code (the database may be shared between runs), owned by 王芳. */
  static String newUnit(JdbcTemplate jdbc) {
    String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
    Long building = jdbc.queryForObject("select min(id) from building", Long.class);
    jdbc.update("insert into unit (building_id, code, floor_no, area, billable) values (?, ?, 1, 96.50, false)",
        building, code);
    jdbc.update("""
        insert into household (unit_id, owner_name, phone, moved_in_on)
        select id, ?, ?, current_date from unit where code = ?""", "王芳", "13800138000", code);
    return code;
  }

  /** A code that no unit has. */
  static String unknownUnit() {
    return "NONE-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
