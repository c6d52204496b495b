package com.wuye.bpm.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Quality plans and the checks of their implementation. */
@Repository
class QualityPlanRepository {

  private final JdbcTemplate jdbc;

  QualityPlanRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, String processInstanceId, QualityPlanRequest r, String draftedBy, OffsetDateTime at) {
    jdbc.update("""
        insert into quality_plan (number, process_instance_id, plan_name, project_name, department, author,
          plan_content, acceptance_criteria, drafted_by, drafted_at, state)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT')""",
        number, processInstanceId, r.planName(), r.projectName(), r.department(), r.author(), r.planContent(),
        r.acceptanceCriteria(), draftedBy, at);
  }

  Optional<QualityPlan> findByNumber(String number) {
    return jdbc.query("select * from quality_plan where number = ?", this::map, number).stream().findFirst();
  }

  Optional<QualityPlan> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select * from quality_plan where process_instance_id = ?", this::map, processInstanceId)
        .stream().findFirst();
  }

  void reviewed(String number, String by, OffsetDateTime at) {
    jdbc.update("update quality_plan set reviewed_by = ?, reviewed_at = ?, state = 'REVIEWED' where number = ?",
        by, at, number);
  }

  void approved(String number, String by, OffsetDateTime at) {
    jdbc.update("update quality_plan set approved_by = ?, approved_at = ?, state = 'APPROVED' where number = ?",
        by, at, number);
  }

  void changeState(String number, String state) {
    jdbc.update("update quality_plan set state = ? where number = ?", state, number);
  }

  void revise(String number, String content, String criteria) {
    jdbc.update("""
        update quality_plan set plan_content = ?, acceptance_criteria = ?, revision = revision + 1, state = 'DRAFT',
          reviewed_by = null, reviewed_at = null, approved_by = null, approved_at = null where number = ?""",
        content, criteria, number);
  }

  void issue(String number, LocalDate issueDate, String distributionList) {
    jdbc.update("update quality_plan set issue_date = ?, distribution_list = ?, state = 'ISSUED' where number = ?",
        issueDate, distributionList, number);
  }

  void accept(String number, boolean passed, String note) {
    jdbc.update("""
        update quality_plan set acceptance_passed = ?, acceptance_note = ?, state = ? where number = ?""",
        passed, note, passed ? "ACCEPTED" : "ISSUED", number);
  }

  void summarize(String number, String summary) {
    jdbc.update("update quality_plan set activity_summary = ? where number = ?", summary, number);
  }

  void file(String number, String location, OffsetDateTime at) {
    jdbc.update("""
        update quality_plan set filing_location = ?, filed_at = ?, state = 'FILED' where number = ? and filed_at is null""",
        location, at, number);
  }

  /** Adds the check once per task, numbered after the plan's previous checks. */
  void addCheck(long planId, String taskId, QualityPlanCheck c) {
    jdbc.update("""
        insert into quality_plan_check (plan_id, check_no, check_date, checked_items, findings, activity_finished,
          checked_by, task_id)
        select ?, (select coalesce(max(check_no), 0) + 1 from quality_plan_check where plan_id = ?), ?, ?, ?, ?, ?, ?
        where not exists (select 1 from quality_plan_check where task_id = ?)""",
        planId, planId, c.checkDate(), c.checkedItems(), c.findings(), c.activityFinished(), c.checkedBy(), taskId,
        taskId);
  }

  int checkNoOfTask(String taskId) {
    return jdbc.queryForObject("select check_no from quality_plan_check where task_id = ?", Integer.class, taskId);
  }

  List<QualityPlanCheck> checks(long planId) {
    return jdbc.query("select * from quality_plan_check where plan_id = ? order by check_no",
        (rs, i) -> new QualityPlanCheck(rs.getInt("check_no"), rs.getObject("check_date", LocalDate.class),
            rs.getString("checked_items"), rs.getString("findings"), rs.getBoolean("activity_finished"),
            rs.getString("checked_by")), planId);
  }

  private QualityPlan map(ResultSet rs, int row) throws SQLException {
    return new QualityPlan(rs.getLong("id"), rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("plan_name"), rs.getString("project_name"), rs.getString("department"), rs.getString("author"),
        rs.getString("plan_content"), rs.getString("acceptance_criteria"), rs.getString("drafted_by"),
        rs.getObject("drafted_at", OffsetDateTime.class), rs.getInt("revision"), rs.getString("reviewed_by"),
        rs.getObject("reviewed_at", OffsetDateTime.class), rs.getString("approved_by"),
        rs.getObject("approved_at", OffsetDateTime.class), rs.getObject("issue_date", LocalDate.class),
        rs.getString("distribution_list"), (Boolean) rs.getObject("acceptance_passed"),
        rs.getString("activity_summary"), rs.getString("filing_location"),
        rs.getObject("filed_at", OffsetDateTime.class), rs.getString("state"));
  }
}
