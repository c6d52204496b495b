package com.wuye.bpm.engineering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code house_repair}. Every change names the status it expects and reports whether it applied. */
@Repository
class HouseRepairRepository {

  private final JdbcClient jdbc;

  HouseRepairRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A new plan awaiting review. */
  void insert(String number, String processInstanceId, HouseRepairPlan plan, String plannedBy, OffsetDateTime at) {
    jdbc.sql("""
        insert into house_repair (number, process_instance_id, building, repair_scope, plan_description, planned_start,
          planned_by, planned_at, status)
        values (:number, :instance, :building, :scope, :description, :plannedStart, :plannedBy, :at, :status)""")
        .param("number", number).param("instance", processInstanceId).param("building", plan.building())
        .param("scope", plan.repairScope()).param("description", plan.description())
        .param("plannedStart", plan.plannedStart()).param("plannedBy", plannedBy).param("at", at)
        .param("status", HouseRepairStatus.PLANNED.name())
        .update();
  }

  Optional<HouseRepair> findByNumber(String number) {
    return jdbc.sql("select * from house_repair where number = :number").param("number", number).query(this::map)
        .optional();
  }

  Optional<HouseRepair> findByProcessInstance(String processInstanceId) {
    return jdbc.sql("select * from house_repair where process_instance_id = :instance")
        .param("instance", processInstanceId).query(this::map).optional();
  }

  /** The newest first, all or those in one status. */
  List<HouseRepair> find(HouseRepairStatus status) {
    if (status == null) {
      return jdbc.sql("select * from house_repair order by number desc").query(this::map).list();
    }
    return jdbc.sql("select * from house_repair where status = :status order by number desc")
        .param("status", status.name()).query(this::map).list();
  }

  /**
   * Sets the given columns and the new status where the repair is in {@code expected}; false when it was not.
   * Column names come from this class only.
   */
  boolean change(String number, Set<HouseRepairStatus> expected, HouseRepairStatus next, Map<String, Object> columns) {
    StringBuilder sql = new StringBuilder("update house_repair set status = :next");
    columns.keySet().forEach(column -> sql.append(", ").append(column).append(" = :").append(column));
    sql.append(" where number = :number and status in (:expected)");
    JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("next", next.name())
        .param("number", number).param("expected", expected.stream().map(Enum::name).toList());
    for (Map.Entry<String, Object> column : columns.entrySet()) {
      statement = statement.param(column.getKey(), column.getValue());
    }
    return statement.update() == 1;
  }

  /** One more round of rework on a repair under way. */
  boolean countRework(String number) {
    return jdbc.sql("""
        update house_repair set rework_count = rework_count + 1 where number = :number and status = :status""")
        .param("number", number).param("status", HouseRepairStatus.UNDER_REPAIR.name()).update() == 1;
  }

  private HouseRepair map(ResultSet rs, int row) throws SQLException {
    return new HouseRepair(rs.getString("number"), rs.getString("process_instance_id"), rs.getString("building"),
        rs.getString("repair_scope"), rs.getString("plan_description"), rs.getObject("planned_start", LocalDate.class),
        rs.getString("planned_by"), rs.getObject("planned_at", OffsetDateTime.class),
        HouseRepairStatus.valueOf(rs.getString("status")), rs.getString("survey_findings"),
        rs.getString("scheme_description"), rs.getBigDecimal("budget"), rs.getString("funding_source"),
        rs.getString("procurement"), rs.getString("tender_number"), rs.getString("contractor_name"),
        rs.getBigDecimal("bid_amount"), rs.getString("contract_number"), rs.getBigDecimal("contract_amount"),
        rs.getInt("rework_count"), rs.getObject("accepted_at", OffsetDateTime.class),
        rs.getBigDecimal("settled_amount"), rs.getString("voucher_number"), rs.getString("archive_entry"),
        rs.getObject("closed_at", OffsetDateTime.class), rs.getString("closed_reason"));
  }

}
