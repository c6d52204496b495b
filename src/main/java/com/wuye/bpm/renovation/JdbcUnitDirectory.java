package com.wuye.bpm.renovation;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the units ({@code unit}) and their owners ({@code household}), which the fee family keeps. */
@Component
class JdbcUnitDirectory implements UnitDirectory {

  private final JdbcTemplate jdbc;

  JdbcUnitDirectory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean exists(String unitCode) {
    return !jdbc.queryForList("select code from unit where code = ?", String.class, unitCode).isEmpty();
  }

  @Override
  public Optional<String> ownerOf(String unitCode) {
    return jdbc.queryForList("""
        select h.owner_name from household h join unit u on u.id = h.unit_id where u.code = ?""",
        String.class, unitCode).stream()
        .filter(name -> name != null && !name.isBlank()).findFirst();
  }
}
