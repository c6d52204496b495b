package com.wuye.bpm.housekeeping;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code cleaning_regulations} and {@code cleaning_daily_check}. */
@Repository
class CleaningRepository {

  private final JdbcClient jdbc;

  CleaningRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insertRegulations(String number, String processInstanceId, RegulationsDraft draft, String draftedBy,
      OffsetDateTime at) {
    jdbc.sql("""
        insert into cleaning_regulations (number, process_instance_id, title, content, revision_reason, status,
          drafted_by, drafted_at)
        values (:number, :instance, :title, :content, :reason, :status, :draftedBy, :at)""")
        .param("number", number).param("instance", processInstanceId).param("title", draft.title())
        .param("content", draft.content()).param("reason", draft.revisionReason())
        .param("status", RegulationsStatus.DRAFT.name()).param("draftedBy", draftedBy).param("at", at)
        .update();
  }

  Optional<CleaningRegulations> findRegulations(String number) {
    return jdbc.sql("select * from cleaning_regulations where number = :number").param("number", number)
        .query(this::regulations).optional();
  }

  Optional<CleaningRegulations> findRegulationsOfInstance(String processInstanceId) {
    return jdbc.sql("select * from cleaning_regulations where process_instance_id = :instance")
        .param("instance", processInstanceId).query(this::regulations).optional();
  }

  Optional<CleaningRegulations> findInForce() {
    return jdbc.sql("select * from cleaning_regulations where status = :status")
        .param("status", RegulationsStatus.IN_FORCE.name()).query(this::regulations).optional();
  }

  /** Every version and draft, newest first. */
  List<CleaningRegulations> findAllRegulations() {
    return jdbc.sql("select * from cleaning_regulations order by number desc").query(this::regulations).list();
  }

  int latestVersion() {
    return jdbc.sql("select coalesce(max(version_no), 0) from cleaning_regulations").query(Integer.class).single();
  }

  boolean revised(String number, String content) {
    return jdbc.sql("update cleaning_regulations set content = :content where number = :number and status = :draft")
        .param("content", content).param("number", number).param("draft", RegulationsStatus.DRAFT.name())
        .update() == 1;
  }

  boolean withdrawn(String number, String reason) {
    return jdbc.sql("""
        update cleaning_regulations set status = :withdrawn, withdrawn_reason = :reason
        where number = :number and status = :draft""")
        .param("withdrawn", RegulationsStatus.WITHDRAWN.name()).param("reason", reason).param("number", number)
        .param("draft", RegulationsStatus.DRAFT.name())
        .update() == 1;
  }

  void superseded(String number, String by, OffsetDateTime at) {
    jdbc.sql("""
        update cleaning_regulations set status = :superseded, superseded_by = :by, superseded_at = :at
        where number = :number and status = :inForce""")
        .param("superseded", RegulationsStatus.SUPERSEDED.name()).param("by", by).param("at", at)
        .param("number", number).param("inForce", RegulationsStatus.IN_FORCE.name())
        .update();
  }

  boolean inForce(String number, int version, OffsetDateTime at) {
    return jdbc.sql("""
        update cleaning_regulations set status = :inForce, version_no = :version, in_force_from = :at
        where number = :number and status = :draft""")
        .param("inForce", RegulationsStatus.IN_FORCE.name()).param("version", version).param("at", at)
        .param("number", number).param("draft", RegulationsStatus.DRAFT.name())
        .update() == 1;
  }

  boolean studied(String number, LocalDate studiedOn, int attendees, String note) {
    return jdbc.sql("""
        update cleaning_regulations set studied_on = :studiedOn, attendees = :attendees, study_note = :note
        where number = :number and status = :inForce and studied_on is null""")
        .param("studiedOn", studiedOn).param("attendees", attendees).param("note", note).param("number", number)
        .param("inForce", RegulationsStatus.IN_FORCE.name())
        .update() == 1;
  }

  void insertCheck(String number, String processInstanceId, LocalDate date, String regulationsNumber) {
    jdbc.sql("""
        insert into cleaning_daily_check (number, process_instance_id, check_date, regulations_number, status)
        values (:number, :instance, :date, :regulations, :status)""")
        .param("number", number).param("instance", processInstanceId).param("date", date)
        .param("regulations", regulationsNumber).param("status", DailyCheckStatus.OPEN.name())
        .update();
  }

  Optional<DailyCleaningCheck> findCheck(String number) {
    return jdbc.sql("select * from cleaning_daily_check where number = :number").param("number", number)
        .query(this::check).optional();
  }

  Optional<DailyCleaningCheck> findCheckOfInstance(String processInstanceId) {
    return jdbc.sql("select * from cleaning_daily_check where process_instance_id = :instance")
        .param("instance", processInstanceId).query(this::check).optional();
  }

  Optional<DailyCleaningCheck> findCheckOn(LocalDate date) {
    return jdbc.sql("select * from cleaning_daily_check where check_date = :date").param("date", date)
        .query(this::check).optional();
  }

  /** Checks of the days in [from, to], newest first. */
  List<DailyCleaningCheck> findChecks(LocalDate from, LocalDate to) {
    return jdbc.sql("""
        select * from cleaning_daily_check where check_date >= :from and check_date <= :to order by check_date desc""")
        .param("from", from).param("to", to).query(this::check).list();
  }

  boolean selfChecked(String number, String areas, String result, String problems, String by) {
    return jdbc.sql("""
        update cleaning_daily_check set checked_areas = :areas, self_check_result = :result,
          self_check_problems = :problems, self_checked_by = :by
        where number = :number and status = :open and self_check_result is null""")
        .param("areas", areas).param("result", result).param("problems", problems).param("by", by)
        .param("number", number).param("open", DailyCheckStatus.OPEN.name())
        .update() == 1;
  }

  boolean improved(String number, String improvement, String by) {
    return jdbc.sql("""
        update cleaning_daily_check set improvement = :improvement, improved_by = :by
        where number = :number and status = :open and self_check_result = 'fail' and improvement is null""")
        .param("improvement", improvement).param("by", by).param("number", number)
        .param("open", DailyCheckStatus.OPEN.name())
        .update() == 1;
  }

  boolean preShiftChecked(String number, int staffPresent, String appearanceAndTools, String meetingNotes,
      String ownerSuggestions, String by) {
    return jdbc.sql("""
        update cleaning_daily_check set staff_present = :staff, appearance_and_tools = :appearance,
          meeting_notes = :notes, owner_suggestions = :suggestions, pre_shift_by = :by
        where number = :number and status = :open and pre_shift_by is null""")
        .param("staff", staffPresent).param("appearance", appearanceAndTools).param("notes", meetingNotes)
        .param("suggestions", ownerSuggestions).param("by", by).param("number", number)
        .param("open", DailyCheckStatus.OPEN.name())
        .update() == 1;
  }

  /** Closes a day whose self-check (and its improvement, if it failed) and pre-shift check are recorded. */
  boolean closed(String number, OffsetDateTime at) {
    return jdbc.sql("""
        update cleaning_daily_check set status = :closed, closed_at = :at
        where number = :number and status = :open and pre_shift_by is not null and self_check_result is not null
          and (self_check_result = 'pass' or improvement is not null)""")
        .param("closed", DailyCheckStatus.CLOSED.name()).param("at", at).param("number", number)
        .param("open", DailyCheckStatus.OPEN.name())
        .update() == 1;
  }

  private CleaningRegulations regulations(ResultSet rs, int row) throws SQLException {
    return new CleaningRegulations(rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("title"), rs.getString("content"), rs.getString("revision_reason"),
        RegulationsStatus.valueOf(rs.getString("status")), rs.getObject("version_no", Integer.class),
        rs.getString("drafted_by"), rs.getObject("drafted_at", OffsetDateTime.class),
        rs.getObject("in_force_from", OffsetDateTime.class), rs.getObject("superseded_at", OffsetDateTime.class),
        rs.getString("superseded_by"), rs.getString("withdrawn_reason"), rs.getObject("studied_on", LocalDate.class),
        rs.getObject("attendees", Integer.class), rs.getString("study_note"));
  }

  private DailyCleaningCheck check(ResultSet rs, int row) throws SQLException {
    return new DailyCleaningCheck(rs.getString("number"), rs.getString("process_instance_id"),
        rs.getObject("check_date", LocalDate.class), rs.getString("regulations_number"),
        DailyCheckStatus.valueOf(rs.getString("status")), rs.getString("checked_areas"),
        rs.getString("self_check_result"), rs.getString("self_check_problems"), rs.getString("self_checked_by"),
        rs.getString("improvement"), rs.getString("improved_by"), rs.getObject("staff_present", Integer.class),
        rs.getString("appearance_and_tools"), rs.getString("meeting_notes"), rs.getString("owner_suggestions"),
        rs.getString("pre_shift_by"), rs.getObject("closed_at", OffsetDateTime.class));
  }
}
