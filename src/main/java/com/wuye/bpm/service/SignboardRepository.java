package com.wuye.bpm.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code signboard}. */
@Repository
class SignboardRepository extends RecordTable<Signboard> {

  SignboardRepository(JdbcClient jdbc) {
    super(jdbc, "signboard", "水牌申请", (rs, row) -> new Signboard(rs.getLong("id"), rs.getString("number"),
        rs.getString("process_instance_id"), rs.getString("unit_code"), rs.getString("company_name"),
        rs.getString("sign_text"), rs.getString("applicant_name"), rs.getString("phone"),
        rs.getString("received_by"), rs.getObject("received_at", OffsetDateTime.class),
        SignboardStatus.valueOf(rs.getString("status")), rs.getString("licence_number"),
        rs.getString("rejected_reason"), rs.getBigDecimal("fee_amount"), rs.getString("receipt_number"),
        rs.getObject("ordered_at", OffsetDateTime.class), rs.getInt("remake_count"), rs.getString("maker_name"),
        rs.getObject("delivered_on", LocalDate.class), rs.getString("hanging_location"),
        rs.getObject("completed_at", OffsetDateTime.class)));
  }
}
