package com.wuye.bpm.supervision;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the estates and their households (kept by the fee family); this feature never writes them. */
@Repository
class EstateHouseholds {

  private final JdbcClient jdbc;

  EstateHouseholds(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<String> estateName(String estateCode) {
    return jdbc.sql("select name from estate where code = :code").param("code", estateCode).query(String.class)
        .optional();
  }

  /** Every household of the estate, in the order of its unit codes (the order a draw starts from). */
  List<Household> householdsOf(String estateCode) {
    return jdbc.sql("""
        select h.id, u.code, h.owner_name from household h
        join unit u on u.id = h.unit_id join building b on b.id = u.building_id join estate e on e.id = b.estate_id
        where e.code = :code order by u.code""")
        .param("code", estateCode)
        .query((rs, row) -> new Household(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
  }

  /** A household as a visit needs it: its unit and its owner. */
  record Household(long id, String unitCode, String ownerName) {}
}
