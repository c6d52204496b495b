package com.wuye.bpm.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Nonconformity reports and their statistics by department. */
@Repository
class NonconformityRepository {

  private final JdbcClient jdbc;

  NonconformityRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, String processInstanceId, NonconformityService.Report r, String issuedBy,
      OffsetDateTime at) {
    jdbc.sql("""
        insert into nonconformity (number, process_instance_id, responsible_group, source, description, deadline,
          issued_by, issued_at, state)
        values (:number, :instance, :group, :source, :description, :deadline, :issuedBy, :at, 'OPEN')""")
        .param("number", number).param("instance", processInstanceId).param("group", r.responsibleGroup())
        .param("source", r.source()).param("description", r.description()).param("deadline", r.deadline())
        .param("issuedBy", issuedBy).param("at", at).update();
  }

  Optional<Nonconformity> byNumber(String number) {
    return jdbc.sql("select * from nonconformity where number = :number").param("number", number).query(this::map)
        .optional();
  }

  Optional<Nonconformity> byProcessInstance(String processInstanceId) {
    return jdbc.sql("select * from nonconformity where process_instance_id = :instance")
        .param("instance", processInstanceId).query(this::map).optional();
  }

  boolean corrected(String number, String cause, String report, OffsetDateTime at) {
    return jdbc.sql("""
        update nonconformity set cause = :cause, correction_report = :report, corrected_at = :at, state = 'CORRECTED'
        where number = :number and state = 'OPEN'""")
        .param("cause", cause).param("report", report).param("at", at).param("number", number).update() == 1;
  }

  boolean verified(String number, boolean corrected, String note) {
    return jdbc.sql("""
        update nonconformity set verification_note = :note,
          returned_count = returned_count + case when :corrected then 0 else 1 end,
          state = case when :corrected then 'VERIFIED' else 'OPEN' end
        where number = :number and state = 'CORRECTED'""")
        .param("note", note).param("corrected", corrected).param("number", number).update() == 1;
  }

  boolean markOverdue(String number) {
    return jdbc.sql("update nonconformity set overdue = true where number = :number and state = 'OPEN'")
        .param("number", number).update() == 1;
  }

  boolean close(String number, OffsetDateTime at) {
    return jdbc.sql("""
        update nonconformity set state = 'CLOSED', closed_at = :at where number = :number and state = 'VERIFIED'""")
        .param("at", at).param("number", number).update() == 1;
  }

  /** Per department, the reports issued in [from, to): how many, closed, open, overdue, returned at least once. */
  List<NonconformityStatistics.Department> statistics(OffsetDateTime from, OffsetDateTime to) {
    return jdbc.sql("""
        select responsible_group, count(*) as issued,
          sum(case when state = 'CLOSED' then 1 else 0 end) as closed,
          sum(case when state <> 'CLOSED' then 1 else 0 end) as still_open,
          sum(case when overdue then 1 else 0 end) as overdue,
          sum(case when returned_count > 0 then 1 else 0 end) as returned
        from nonconformity where issued_at >= :from and issued_at < :to
        group by responsible_group order by responsible_group""")
        .param("from", from).param("to", to)
        .query((rs, row) -> new NonconformityStatistics.Department(rs.getString("responsible_group"),
            rs.getInt("issued"), rs.getInt("closed"), rs.getInt("still_open"), rs.getInt("overdue"),
            rs.getInt("returned")))
        .list();
  }

  private Nonconformity map(ResultSet rs, int row) throws SQLException {
    return new Nonconformity(rs.getLong("id"), rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("responsible_group"), rs.getString("source"), rs.getString("description"),
        rs.getObject("deadline", LocalDate.class), rs.getString("issued_by"),
        rs.getObject("issued_at", OffsetDateTime.class), rs.getString("cause"), rs.getString("correction_report"),
        rs.getObject("corrected_at", OffsetDateTime.class), rs.getString("verification_note"),
        rs.getInt("returned_count"), rs.getBoolean("overdue"), rs.getString("state"),
        rs.getObject("closed_at", OffsetDateTime.class));
  }
}
