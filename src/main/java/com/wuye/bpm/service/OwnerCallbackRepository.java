package com.wuye.bpm.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code owner_callback}. */
@Repository
class OwnerCallbackRepository extends RecordTable<OwnerCallback> {

  private final JdbcClient jdbc;

  OwnerCallbackRepository(JdbcClient jdbc) {
    super(jdbc, "owner_callback", "业主回访", (rs, row) -> new OwnerCallback(rs.getLong("id"), rs.getString("number"),
        rs.getString("process_instance_id"), rs.getString("unit_code"), rs.getInt("complaint_count"),
        rs.getInt("repair_count"), rs.getString("categories"), rs.getInt("window_months"),
        rs.getString("planned_by"), rs.getObject("received_at", OffsetDateTime.class),
        OwnerCallbackStatus.valueOf(rs.getString("status")), rs.getObject("appointment_at", OffsetDateTime.class),
        rs.getString("declined_reason"), rs.getString("departments"), rs.getString("owner_questions"),
        rs.getObject("resolved_on_site", Boolean.class), rs.getString("pending_issues"),
        rs.getObject("agreed_date", LocalDate.class), rs.getString("visited_by"),
        rs.getObject("visited_at", OffsetDateTime.class), rs.getString("record_content"),
        rs.getString("satisfaction"), rs.getInt("return_count"), rs.getString("reviewed_by"),
        rs.getObject("completed_at", OffsetDateTime.class)));
    this.jdbc = jdbc;
  }

  /** How many callbacks planned in [from, to) have each value of {@code column} (null as "none"). */
  Map<String, Long> countBy(String column, OffsetDateTime from, OffsetDateTime to) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql("select " + column + " as grouped, count(*) as n from owner_callback where received_at >= :from and "
            + "received_at < :to group by " + column + " order by " + column)
        .param("from", from).param("to", to)
        .query((rs, row) -> counts.put(String.valueOf(rs.getObject("grouped")), rs.getLong("n"))).list();
    return counts;
  }
}
