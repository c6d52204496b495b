package com.wuye.bpm.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Quality inspections and the households drawn for their visits. */
@Repository
class QualityInspectionRepository {

  private final JdbcClient jdbc;

  QualityInspectionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, String processInstanceId, String requestedBy, String reason, OffsetDateTime at) {
    jdbc.sql("""
        insert into quality_inspection (number, process_instance_id, requested_by, reason, state, opened_at)
        values (:number, :instance, :requestedBy, :reason, 'OPENED', :at)""")
        .param("number", number).param("instance", processInstanceId).param("requestedBy", requestedBy)
        .param("reason", reason).param("at", at).update();
  }

  Optional<QualityInspection> byNumber(String number) {
    return jdbc.sql("select * from quality_inspection where number = :number").param("number", number)
        .query(this::map).optional();
  }

  Optional<QualityInspection> byProcessInstance(String processInstanceId) {
    return jdbc.sql("select * from quality_inspection where process_instance_id = :instance")
        .param("instance", processInstanceId).query(this::map).optional();
  }

  /**
   * Writes the columns and moves the inspection to {@code to}, only from one of the states {@code from}; false when
   * the inspection was in none of them (nothing written). Column names come from this feature's code only.
   */
  boolean transition(String number, Collection<QualityInspection.State> from, QualityInspection.State to,
      Map<String, Object> columns) {
    Map<String, Object> values = new LinkedHashMap<>(columns);
    String set = values.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "));
    var statement = jdbc.sql("update quality_inspection set " + (set.isEmpty() ? "" : set + ", ")
        + "state = :toState where number = :number and state in (:fromStates)");
    values.forEach(statement::param);
    return statement.param("toState", to.name()).param("number", number)
        .param("fromStates", from.stream().map(Enum::name).toList()).update() == 1;
  }

  List<QualityInspection.VisitedHousehold> households(long inspectionId) {
    return jdbc.sql("""
        select draw_no, unit_code, owner_name from inspection_household where inspection_id = :id order by draw_no""")
        .param("id", inspectionId)
        .query((rs, row) -> new QualityInspection.VisitedHousehold(rs.getInt(1), rs.getString(2), rs.getString(3)))
        .list();
  }

  void addHousehold(long inspectionId, int drawNo, EstateHouseholds.Household household) {
    jdbc.sql("""
        insert into inspection_household (inspection_id, draw_no, household_id, unit_code, owner_name)
        values (:id, :drawNo, :household, :unit, :owner)""")
        .param("id", inspectionId).param("drawNo", drawNo).param("household", household.id())
        .param("unit", household.unitCode()).param("owner", household.ownerName()).update();
  }

  private QualityInspection map(ResultSet rs, int row) throws SQLException {
    return new QualityInspection(rs.getLong("id"), rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("requested_by"), rs.getString("reason"), rs.getString("estate_code"),
        rs.getString("team_leader"), rs.getString("team_members"), rs.getObject("planned_date", LocalDate.class),
        rs.getString("inspection_areas"), (Integer) rs.getObject("sample_size", Integer.class),
        rs.getString("plan_note"), rs.getString("checked_areas"), rs.getString("site_record"),
        rs.getString("visit_record"), rs.getObject("complaints_handled", Boolean.class),
        rs.getString("report_summary"), rs.getObject("major_problems", Boolean.class),
        rs.getString("report_approved_by"), rs.getObject("report_approved_at", OffsetDateTime.class),
        rs.getString("corrective_action"), rs.getString("preventive_action"), rs.getString("state"),
        rs.getObject("opened_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class));
  }
}
