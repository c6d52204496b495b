package com.wuye.bpm.renovation;

import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the units from table {@code unit} (columns {@code code}, {@code owner_name}), which the fee family owns. */
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
    return jdbc.queryForList("select owner_name from unit where code = ?", String.class, unitCode).stream()
        .filter(name -> name != null && !name.isBlank()).findFirst();
  }
}
