package com.wuye.bpm.renovation;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Units for the integration tests. Table {@code unit} belongs to the fee family; until both branches are merged
 * the tests create the two columns renovation reads if the table is not there.
 */
final class RenovationTestUnits {

  private RenovationTestUnits() {}

  /** A unit with a fresh code (the database may be shared between runs), owned by 王芳. */
  static String newUnit(JdbcTemplate jdbc) {
    jdbc.execute("create table if not exists unit (code varchar(30) primary key, owner_name varchar(50))");
    String code = "T-" + UUID.randomUUID().toString().substring(0, 8);
    jdbc.update("insert into unit (code, owner_name) values (?, ?)", code, "王芳");
    return code;
  }

  /** A code that no unit has. */
  static String unknownUnit() {
    return "NONE-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
