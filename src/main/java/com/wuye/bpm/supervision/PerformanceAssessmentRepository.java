package com.wuye.bpm.supervision;

import com.wuye.bpm.estate.UnitDirectory;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assessment rounds, the projects and branches they scored, and the branches with their projects. */
@Repository
class PerformanceAssessmentRepository {

  private static final String PROJECT_SCORE = """
      select a.number, a.period, a.assessment_level, p.estate_code, p.branch_code,
        b.name as branch_name, p.accompanied_by, p.score, p.pay_adjustment_percent, p.rectification_unfinished
      from assessment_project p join performance_assessment a on a.id = p.assessment_id
      join branch b on b.code = p.branch_code""";

  private final JdbcClient jdbc;
  private final UnitDirectory estates;

  PerformanceAssessmentRepository(JdbcClient jdbc, UnitDirectory estates) {
    this.jdbc = jdbc;
    this.estates = estates;
  }

  void insert(String number, String processInstanceId, SupervisionLevel level, String period, OffsetDateTime at) {
    jdbc.sql("""
        insert into performance_assessment (number, process_instance_id, assessment_level, period, team_group, state,
          opened_at)
        values (:number, :instance, :level, :period, :team, 'OPENED', :at)""")
        .param("number", number).param("instance", processInstanceId).param("level", level.value())
        .param("period", period).param("team", level.team().id()).param("at", at).update();
    jdbc.sql("""
        insert into assessment_project (assessment_id, estate_code, branch_code)
        select a.id, bp.estate_code, bp.branch_code from performance_assessment a, branch_project bp
        where a.number = :number""").param("number", number).update();
  }

  Optional<PerformanceAssessment> byNumber(String number) {
    return jdbc.sql("select * from performance_assessment where number = :number").param("number", number)
        .query(this::map).optional();
  }

  Optional<PerformanceAssessment> byProcessInstance(String processInstanceId) {
    return jdbc.sql("select * from performance_assessment where process_instance_id = :instance")
        .param("instance", processInstanceId).query(this::map).optional();
  }

  boolean changeState(String number, PerformanceAssessment.State from, PerformanceAssessment.State to) {
    return jdbc.sql("update performance_assessment set state = :to where number = :number and state = :from")
        .param("to", to.name()).param("number", number).param("from", from.name()).update() == 1;
  }

  boolean schedule(String number, LocalDate date, String inspectors) {
    return jdbc.sql("""
        update performance_assessment set assessment_date = :date, inspectors = :inspectors, state = 'SCHEDULED'
        where number = :number and state = 'OPENED'""")
        .param("date", date).param("inspectors", inspectors).param("number", number).update() == 1;
  }

  boolean close(String number, OffsetDateTime at) {
    return jdbc.sql("""
        update performance_assessment set state = 'CLOSED', closed_at = :at
        where number = :number and state = 'REPORTED'""")
        .param("at", at).param("number", number).update() == 1;
  }

  List<PerformanceAssessment.ProjectScore> projects(String number) {
    return jdbc.sql(PROJECT_SCORE + " where a.number = :number order by p.estate_code").param("number", number)
        .query(this::projectScore).list();
  }

  List<PerformanceAssessment.ProjectScore> projectScores(String period) {
    return jdbc.sql(PROJECT_SCORE
        + " where a.period = :period and p.score is not null order by a.number, p.estate_code")
        .param("period", period).query(this::projectScore).list();
  }

  /** Scores a project of the round once: false when it is not in the round or was scored already. */
  boolean scoreProject(long assessmentId, String estateCode, String accompaniedBy, BigDecimal score, String by) {
    return jdbc.sql("""
        update assessment_project set accompanied_by = :accompaniedBy, score = :score, scored_by = :by
        where assessment_id = :id and estate_code = :estate and score is null""")
        .param("accompaniedBy", accompaniedBy).param("score", score).param("by", by).param("id", assessmentId)
        .param("estate", estateCode).update() == 1;
  }

  /** Binds the project's scoring task; false when the project is not in the round or was scored already. */
  boolean bindScoringTask(long assessmentId, String estateCode, String taskId) {
    return jdbc.sql("""
        update assessment_project set scoring_task_id = :task
        where assessment_id = :id and estate_code = :estate and score is null""")
        .param("task", taskId).param("id", assessmentId).param("estate", estateCode).update() == 1;
  }

  Optional<String> projectOfTask(long assessmentId, String taskId) {
    return jdbc.sql("select estate_code from assessment_project where assessment_id = :id and scoring_task_id = :task")
        .param("id", assessmentId).param("task", taskId).query(String.class).optional();
  }

  void addInspectorScore(long assessmentId, String estateCode, String inspector, BigDecimal score) {
    jdbc.sql("""
        insert into assessment_inspector_score (assessment_id, estate_code, inspector, score)
        values (:id, :estate, :inspector, :score)""")
        .param("id", assessmentId).param("estate", estateCode).param("inspector", inspector).param("score", score)
        .update();
  }

  List<PerformanceAssessment.InspectorScore> inspectorScores(long assessmentId) {
    return jdbc.sql("""
        select estate_code, inspector, score from assessment_inspector_score where assessment_id = :id
        order by estate_code, inspector""").param("id", assessmentId)
        .query((rs, row) -> new PerformanceAssessment.InspectorScore(rs.getString(1), rs.getString(2),
            rs.getBigDecimal(3))).list();
  }

  void projectPay(long assessmentId, String estateCode, int percent) {
    jdbc.sql("""
        update assessment_project set pay_adjustment_percent = :percent
        where assessment_id = :id and estate_code = :estate""")
        .param("percent", percent).param("id", assessmentId).param("estate", estateCode).update();
  }

  void branchResult(long assessmentId, String branchCode, BigDecimal score, int percent) {
    jdbc.sql("delete from assessment_branch where assessment_id = :id and branch_code = :branch")
        .param("id", assessmentId).param("branch", branchCode).update();
    jdbc.sql("""
        insert into assessment_branch (assessment_id, branch_code, score, pay_adjustment_percent)
        values (:id, :branch, :score, :percent)""")
        .param("id", assessmentId).param("branch", branchCode).param("score", score).param("percent", percent)
        .update();
  }

  List<PerformanceAssessment.BranchScore> branches(String number) {
    return branchScores("a.number = :key", number);
  }

  List<PerformanceAssessment.BranchScore> branchScores(String period) {
    return branchScores("a.period = :key", period);
  }

  void markUnfinished(long assessmentId, List<String> estateCodes) {
    for (String estate : estateCodes) {
      jdbc.sql("""
          update assessment_project set rectification_unfinished = true
          where assessment_id = :id and estate_code = :estate""")
          .param("id", assessmentId).param("estate", estate).update();
    }
  }

  /** Whether the project's last closed assessment left a rectification unfinished, and which one it was. */
  Optional<String> lastUnfinished(String estateCode) {
    return jdbc.sql("""
        select a.number, p.rectification_unfinished from assessment_project p
        join performance_assessment a on a.id = p.assessment_id
        where p.estate_code = :estate and a.state = 'CLOSED' order by a.closed_at desc""")
        .param("estate", estateCode)
        .query((rs, row) -> rs.getBoolean(2) ? rs.getString(1) : "").list().stream().findFirst()
        .filter(n -> !n.isEmpty());
  }

  Optional<String> projectName(String estateCode) {
    return estates.estateName(estateCode);
  }

  Optional<String> branchOf(String estateCode) {
    return jdbc.sql("""
        select b.name from branch_project bp join branch b on b.code = bp.branch_code where bp.estate_code = :code""")
        .param("code", estateCode).query(String.class).optional();
  }

  private List<PerformanceAssessment.BranchScore> branchScores(String where, String key) {
    return jdbc.sql("""
        select a.number, a.period, a.assessment_level, s.branch_code, b.name, s.score, s.pay_adjustment_percent
        from assessment_branch s join performance_assessment a on a.id = s.assessment_id
        join branch b on b.code = s.branch_code""" + " where " + where + " order by a.number, s.branch_code")
        .param("key", key)
        .query((rs, row) -> new PerformanceAssessment.BranchScore(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getInt(7))).list();
  }

  private PerformanceAssessment.ProjectScore projectScore(ResultSet rs, int row) throws SQLException {
    return new PerformanceAssessment.ProjectScore(rs.getString("number"), rs.getString("period"),
        rs.getString("assessment_level"), rs.getString("estate_code"),
        estates.estateName(rs.getString("estate_code")).orElse(null),
        rs.getString("branch_code"), rs.getString("branch_name"), rs.getString("accompanied_by"),
        rs.getBigDecimal("score"), (Integer) rs.getObject("pay_adjustment_percent", Integer.class),
        rs.getBoolean("rectification_unfinished"));
  }

  private PerformanceAssessment map(ResultSet rs, int row) throws SQLException {
    return new PerformanceAssessment(rs.getLong("id"), rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("assessment_level"), rs.getString("period"), rs.getString("team_group"),
        rs.getObject("assessment_date", LocalDate.class), rs.getString("inspectors"), rs.getString("state"),
        rs.getObject("opened_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class));
  }
}
