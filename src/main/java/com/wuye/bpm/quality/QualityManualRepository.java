package com.wuye.bpm.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Quality manuals and their version history. */
@Repository
class QualityManualRepository {

  private final JdbcTemplate jdbc;

  QualityManualRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, String processInstanceId, String title, String version, String consultant,
      String startedBy, OffsetDateTime at) {
    jdbc.update("""
        insert into quality_manual (number, process_instance_id, title, version_label, consultant, started_by,
          started_at, state) values (?, ?, ?, ?, ?, ?, ?, 'WRITING')""",
        number, processInstanceId, title, version, consultant, startedBy, at);
  }

  Optional<QualityManual> findByNumber(String number) {
    return jdbc.query("select * from quality_manual where number = ?", this::map, number).stream().findFirst();
  }

  Optional<QualityManual> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select * from quality_manual where process_instance_id = ?", this::map, processInstanceId)
        .stream().findFirst();
  }

  void writingGroups(String number, String groups) {
    jdbc.update("update quality_manual set writing_groups = ? where number = ?", groups, number);
  }

  void approved(String number, String by, OffsetDateTime at) {
    jdbc.update("update quality_manual set approved_by = ?, approved_at = ?, state = 'APPROVED' where number = ?",
        by, at, number);
  }

  void archive(String number, String location, LocalDate effectiveDate) {
    jdbc.update("update quality_manual set archive_location = ?, effective_date = ? where number = ?", location,
        effectiveDate, number);
  }

  void released(String number) {
    jdbc.update("update quality_manual set state = 'RELEASED' where number = ?", number);
  }

  /** Adds a version once per source (the task or the release), numbered after the manual's previous versions. */
  void addVersion(long manualId, String sourceId, String label, String stage, String note, String by,
      OffsetDateTime at) {
    jdbc.update("""
        insert into quality_manual_version (manual_id, version_no, label, stage, note, created_by, created_at, source_id)
        select ?, (select coalesce(max(version_no), 0) + 1 from quality_manual_version where manual_id = ?),
          ?, ?, ?, ?, ?, ? where not exists (select 1 from quality_manual_version where source_id = ?)""",
        manualId, manualId, label, stage, note, by, at, sourceId, sourceId);
  }

  int versionCount(long manualId) {
    return jdbc.queryForObject("select count(*) from quality_manual_version where manual_id = ?", Integer.class,
        manualId);
  }

  List<ManualVersion> versions(long manualId) {
    return jdbc.query("select * from quality_manual_version where manual_id = ? order by version_no",
        (rs, i) -> new ManualVersion(rs.getInt("version_no"), rs.getString("label"), rs.getString("stage"),
            rs.getString("note"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class)),
        manualId);
  }

  private QualityManual map(ResultSet rs, int row) throws SQLException {
    return new QualityManual(rs.getLong("id"), rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("title"), rs.getString("version_label"), rs.getString("consultant"),
        rs.getString("writing_groups"), rs.getString("started_by"), rs.getObject("started_at", OffsetDateTime.class),
        rs.getString("approved_by"), rs.getObject("approved_at", OffsetDateTime.class),
        rs.getString("archive_location"), rs.getObject("effective_date", LocalDate.class), rs.getString("state"));
  }
}
