package com.wuye.bpm.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code occupancy}. */
@Repository
class OccupancyRepository extends RecordTable<Occupancy> {

  OccupancyRepository(JdbcClient jdbc) {
    super(jdbc, "occupancy", "入住", (rs, row) -> new Occupancy(rs.getLong("id"), rs.getString("number"),
        rs.getString("process_instance_id"), rs.getString("unit_code"), rs.getString("owner_name"),
        rs.getString("phone"), rs.getObject("notified_date", LocalDate.class), rs.getString("sales_assistant"),
        rs.getString("received_by"), rs.getObject("received_at", OffsetDateTime.class),
        OccupancyStatus.valueOf(rs.getString("status")), rs.getString("services_introduced"),
        rs.getInt("inspection_count"), rs.getObject("accepted_at", OffsetDateTime.class),
        rs.getObject("key_count", Integer.class), rs.getString("utilities_arranged"),
        rs.getObject("decoration_advice", Boolean.class), rs.getString("postponed_reason"),
        rs.getObject("completed_at", OffsetDateTime.class)));
  }
}
