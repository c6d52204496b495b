package com.wuye.bpm.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 十必查 supervisions. */
@Repository
class SafetySupervisionRepository {

  private final JdbcClient jdbc;

  SafetySupervisionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, String processInstanceId, SupervisionLevel level, OffsetDateTime at) {
    jdbc.sql("""
        insert into safety_supervision (number, process_instance_id, supervision_level, team_group, state, opened_at)
        values (:number, :instance, :level, :team, 'OPENED', :at)""")
        .param("number", number).param("instance", processInstanceId).param("level", level.value())
        .param("team", level.team().id()).param("at", at).update();
  }

  Optional<SafetySupervision> byNumber(String number) {
    return jdbc.sql("select * from safety_supervision where number = :number").param("number", number)
        .query(this::map).optional();
  }

  Optional<SafetySupervision> byProcessInstance(String processInstanceId) {
    return jdbc.sql("select * from safety_supervision where process_instance_id = :instance")
        .param("instance", processInstanceId).query(this::map).optional();
  }

  boolean checked(String number, String estateCode, String checkedAreas, String failedAreas, String findings,
      OffsetDateTime at) {
    return jdbc.sql("""
        update safety_supervision set estate_code = :estate, checked_areas = :checked, failed_areas = :failed,
          findings = :findings, checked_at = :at, state = 'CHECKED'
        where number = :number and state = 'OPENED'""")
        .param("estate", estateCode).param("checked", checkedAreas).param("failed", failedAreas)
        .param("findings", findings).param("at", at).param("number", number).update() == 1;
  }

  boolean reported(String number, String report) {
    return jdbc.sql("""
        update safety_supervision set report = :report, state = 'REPORTED'
        where number = :number and state = 'CHECKED'""")
        .param("report", report).param("number", number).update() == 1;
  }

  boolean filed(String number, OffsetDateTime at) {
    return jdbc.sql("""
        update safety_supervision set filed_at = :at, state = 'FILED' where number = :number and state = 'REPORTED'""")
        .param("at", at).param("number", number).update() == 1;
  }

  List<SafetySupervision> openedBetween(OffsetDateTime from, OffsetDateTime to) {
    return jdbc.sql("""
        select * from safety_supervision where opened_at >= :from and opened_at < :to order by opened_at, number""")
        .param("from", from).param("to", to).query(this::map).list();
  }

  private SafetySupervision map(ResultSet rs, int row) throws SQLException {
    return new SafetySupervision(rs.getLong("id"), rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("supervision_level"), rs.getString("team_group"), rs.getString("estate_code"),
        rs.getString("checked_areas"), rs.getString("failed_areas"), rs.getString("findings"),
        rs.getString("report"), rs.getString("state"), rs.getObject("opened_at", OffsetDateTime.class),
        rs.getObject("checked_at", OffsetDateTime.class), rs.getObject("filed_at", OffsetDateTime.class));
  }
}
