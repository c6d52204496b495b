package com.wuye.bpm.engineering;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code equipment_patrol} and {@code engineering_work_order}. */
@Repository
class EquipmentPatrolRepository {

  private final JdbcClient jdbc;

  EquipmentPatrolRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, EquipmentGroup group, OffsetDateTime dueAt, OffsetDateTime deadline,
      PatrolStatus status, String missedNote) {
    jdbc.sql("""
        insert into equipment_patrol (number, equipment_group, group_name, due_at, deadline, status, missed_note)
        values (:number, :group, :groupName, :dueAt, :deadline, :status, :missedNote)""")
        .param("number", number).param("group", group.id()).param("groupName", group.name())
        .param("dueAt", dueAt).param("deadline", deadline).param("status", status.name())
        .param("missedNote", missedNote)
        .update();
  }

  void started(String number, String processInstanceId) {
    jdbc.sql("update equipment_patrol set process_instance_id = :instance where number = :number")
        .param("instance", processInstanceId).param("number", number).update();
  }

  /** The latest due time of the group opened or recorded so far. */
  Optional<OffsetDateTime> latestDueAt(String group) {
    return jdbc.sql("select max(due_at) from equipment_patrol where equipment_group = :group").param("group", group)
        .query(OffsetDateTime.class).list().stream().filter(Objects::nonNull).findFirst();
  }

  boolean hasOpen(String group) {
    return jdbc.sql("select count(*) from equipment_patrol where equipment_group = :group and status = :status")
        .param("group", group).param("status", PatrolStatus.OPEN.name()).query(Integer.class).single() > 0;
  }

  Optional<EquipmentPatrol> findByNumber(String number) {
    return jdbc.sql("select * from equipment_patrol where number = :number").param("number", number)
        .query(this::patrol).optional();
  }

  /** Patrols due in [from, to), newest first; group and status optional. */
  List<EquipmentPatrol> find(String group, PatrolStatus status, OffsetDateTime from, OffsetDateTime to) {
    StringBuilder sql = new StringBuilder("select * from equipment_patrol where due_at >= :from and due_at < :to");
    if (group != null) {
      sql.append(" and equipment_group = :group");
    }
    if (status != null) {
      sql.append(" and status = :status");
    }
    JdbcClient.StatementSpec statement = jdbc.sql(sql.append(" order by due_at desc, number desc").toString())
        .param("from", from).param("to", to);
    if (group != null) {
      statement = statement.param("group", group);
    }
    if (status != null) {
      statement = statement.param("status", status.name());
    }
    return statement.query(this::patrol).list();
  }

  boolean checked(String number, PatrolCheck check, String checkedBy, OffsetDateTime at) {
    return jdbc.sql("""
        update equipment_patrol set status = :checked, cleanliness = :cleanliness, terminals = :terminals,
          alarm = :alarm, equipment_condition = :condition, findings = :findings, checked_by = :by, checked_at = :at
        where number = :number and status = :open""")
        .param("checked", PatrolStatus.CHECKED.name()).param("cleanliness", check.cleanliness())
        .param("terminals", check.terminals()).param("alarm", check.alarm()).param("condition", check.condition())
        .param("findings", check.findings()).param("by", checkedBy).param("at", at).param("number", number)
        .param("open", PatrolStatus.OPEN.name())
        .update() == 1;
  }

  boolean logged(String number, OffsetDateTime at) {
    return jdbc.sql("""
        update equipment_patrol set status = :logged, logged_at = :at where number = :number and status = :checked""")
        .param("logged", PatrolStatus.LOGGED.name()).param("at", at).param("number", number)
        .param("checked", PatrolStatus.CHECKED.name())
        .update() == 1;
  }

  boolean missed(String number, String note) {
    return jdbc.sql("""
        update equipment_patrol set status = :missed, missed_note = :note where number = :number and status = :open""")
        .param("missed", PatrolStatus.MISSED.name()).param("note", note).param("number", number)
        .param("open", PatrolStatus.OPEN.name())
        .update() == 1;
  }

  /** The supervisor's explanation replaces the note of a missed patrol. */
  boolean missedReviewed(String number, String note) {
    return jdbc.sql("update equipment_patrol set missed_note = :note where number = :number and status = :missed")
        .param("note", note).param("number", number).param("missed", PatrolStatus.MISSED.name())
        .update() == 1;
  }

  void insertWorkOrder(String number, EquipmentPatrol patrol, String priority, String findings, OffsetDateTime at,
      OffsetDateTime dueAt) {
    jdbc.sql("""
        insert into engineering_work_order (number, patrol_number, equipment_group, group_name, priority, findings,
          opened_at, due_at, status)
        values (:number, :patrol, :group, :groupName, :priority, :findings, :at, :dueAt, :status)""")
        .param("number", number).param("patrol", patrol.number()).param("group", patrol.equipmentGroup())
        .param("groupName", patrol.groupName()).param("priority", priority).param("findings", findings)
        .param("at", at).param("dueAt", dueAt).param("status", WorkOrderStatus.OPEN.name())
        .update();
  }

  Optional<WorkOrder> findWorkOrder(String number) {
    return jdbc.sql("select * from engineering_work_order where number = :number").param("number", number)
        .query(this::workOrder).optional();
  }

  Optional<WorkOrder> findWorkOrderOfPatrol(String patrolNumber) {
    return jdbc.sql("select * from engineering_work_order where patrol_number = :patrol").param("patrol", patrolNumber)
        .query(this::workOrder).optional();
  }

  /** Work orders, newest first; all or those in one status. */
  List<WorkOrder> findWorkOrders(WorkOrderStatus status) {
    if (status == null) {
      return jdbc.sql("select * from engineering_work_order order by number desc").query(this::workOrder).list();
    }
    return jdbc.sql("select * from engineering_work_order where status = :status order by number desc")
        .param("status", status.name()).query(this::workOrder).list();
  }

  boolean repaired(String patrolNumber, String result, String repairedBy, OffsetDateTime at) {
    return jdbc.sql("""
        update engineering_work_order set status = :repaired, repair_result = :result, repaired_by = :by,
          repaired_at = :at
        where patrol_number = :patrol and status = :open""")
        .param("repaired", WorkOrderStatus.REPAIRED.name()).param("result", result).param("by", repairedBy)
        .param("at", at).param("patrol", patrolNumber).param("open", WorkOrderStatus.OPEN.name())
        .update() == 1;
  }

  private EquipmentPatrol patrol(ResultSet rs, int row) throws SQLException {
    String cleanliness = rs.getString("cleanliness");
    PatrolCheck check = cleanliness == null ? null : new PatrolCheck(cleanliness, rs.getString("terminals"),
        rs.getString("alarm"), rs.getString("equipment_condition"), rs.getString("findings"));
    return new EquipmentPatrol(rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("equipment_group"), rs.getString("group_name"), rs.getObject("due_at", OffsetDateTime.class),
        rs.getObject("deadline", OffsetDateTime.class), PatrolStatus.valueOf(rs.getString("status")), check,
        rs.getString("checked_by"), rs.getObject("checked_at", OffsetDateTime.class),
        rs.getObject("logged_at", OffsetDateTime.class), rs.getString("missed_note"));
  }

  private WorkOrder workOrder(ResultSet rs, int row) throws SQLException {
    return new WorkOrder(rs.getString("number"), rs.getString("patrol_number"), rs.getString("equipment_group"),
        rs.getString("group_name"), rs.getString("priority"), rs.getString("findings"),
        rs.getObject("opened_at", OffsetDateTime.class), rs.getObject("due_at", OffsetDateTime.class),
        WorkOrderStatus.valueOf(rs.getString("status")), rs.getString("repair_result"), rs.getString("repaired_by"),
        rs.getObject("repaired_at", OffsetDateTime.class));
  }
}
