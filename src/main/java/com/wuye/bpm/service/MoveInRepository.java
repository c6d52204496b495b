package com.wuye.bpm.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code move_in}. */
@Repository
class MoveInRepository extends RecordTable<MoveIn> {

  MoveInRepository(JdbcClient jdbc) {
    super(jdbc, "move_in", "迁入", (rs, row) -> new MoveIn(rs.getLong("id"), rs.getString("number"),
        rs.getString("process_instance_id"), rs.getString("unit_code"), rs.getString("occupant_name"),
        rs.getString("occupant_type"), rs.getString("phone"), rs.getString("received_by"),
        rs.getObject("received_at", OffsetDateTime.class), MoveInStatus.valueOf(rs.getString("status")),
        rs.getString("documents_checked"), rs.getString("refused_reason"),
        rs.getObject("service_start_date", LocalDate.class), rs.getObject("notice_sent_at", OffsetDateTime.class),
        rs.getObject("engineering_confirmed_at", OffsetDateTime.class),
        rs.getObject("security_confirmed_at", OffsetDateTime.class),
        rs.getObject("completed_at", OffsetDateTime.class)));
  }
}
