package com.wuye.bpm.estate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the units ({@code unit}) and their households ({@code household}). */
@Component
class JdbcUnitDirectory implements UnitDirectory {

  private static final String HOUSEHOLD = "select u.id, u.code, h.id, h.owner_name, h.phone, h.medical_equipment";

  private static final RowMapper<Household> HOUSEHOLD_ROW = (rs, row) -> new Household(rs.getLong(1),
      rs.getString(2), rs.getObject(3, Long.class), rs.getString(4), rs.getString(5), rs.getBoolean(6));

  private final JdbcClient jdbc;

  JdbcUnitDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean exists(String unitCode) {
    return !jdbc.sql("select code from unit where code = :code").param("code", unitCode).query(String.class)
        .list().isEmpty();
  }

  @Override
  public Optional<String> ownerOf(String unitCode) {
    return jdbc.sql("""
        select h.owner_name from household h join unit u on u.id = h.unit_id where u.code = :code""")
        .param("code", unitCode).query(String.class).list().stream()
        .filter(name -> name != null && !name.isBlank()).findFirst();
  }

  @Override
  public Optional<Household> household(long unitId) {
    return jdbc.sql(HOUSEHOLD + " from unit u left join household h on h.unit_id = u.id where u.id = :unit")
        .param("unit", unitId).query(HOUSEHOLD_ROW).optional();
  }

  @Override
  public Optional<String> estateName(String estateCode) {
    return jdbc.sql("select name from estate where code = :code").param("code", estateCode).query(String.class)
        .optional();
  }

  @Override
  public List<Household> householdsOf(String estateCode) {
    return jdbc.sql(HOUSEHOLD + """
         from household h join unit u on u.id = h.unit_id
        join building b on b.id = u.building_id join estate e on e.id = b.estate_id
        where e.code = :code order by u.code""")
        .param("code", estateCode).query(HOUSEHOLD_ROW).list();
  }

  @Override
  public List<BillableUnit> billableAfter(long unitId, int limit) {
    return jdbc.sql("""
        select u.id, u.code, u.area, e.fee_rate from unit u
          join building b on b.id = u.building_id join estate e on e.id = b.estate_id
          join household h on h.unit_id = u.id
        where u.id > :after and u.billable = true order by u.id limit :limit""")
        .param("after", unitId).param("limit", limit)
        .query((rs, i) -> new BillableUnit(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
        .list();
  }

  @Override
  public long billableCount() {
    return jdbc.sql("select count(*) from unit u join household h on h.unit_id = u.id where u.billable = true")
        .query(Long.class).single();
  }

  @Override
  public Optional<LocalDate> firstMoveIn() {
    return jdbc.sql("""
        select min(h.moved_in_on) from household h join unit u on u.id = h.unit_id where u.billable = true""")
        .query(LocalDate.class).optional();
  }

  @Override
  public void lock(long unitId) {
    jdbc.sql("select id from unit where id = :unit for update").param("unit", unitId).query(Long.class).list();
  }
}
