package com.wuye.bpm.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rectification notices (整改通知书) of every supervision flow. */
@Repository
class RectificationNoticeRepository {

  private final JdbcClient jdbc;

  RectificationNoticeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void deleteDrafts(String sourceKey, String subject) {
    jdbc.sql("""
        delete from rectification_notice
        where source_key = :source and state = 'DRAFT' and coalesce(subject, '') = :subject""")
        .param("source", sourceKey).param("subject", subject == null ? "" : subject).update();
  }

  void insertDraft(String sourceKey, String processKey, RectificationNotice.Finding f) {
    jdbc.sql("""
        insert into rectification_notice (source_key, process_key, subject, responsible_group, problem, deadline, state)
        values (:source, :process, :subject, :group, :problem, :deadline, 'DRAFT')""")
        .param("source", sourceKey).param("process", processKey).param("subject", f.subject())
        .param("group", f.responsibleGroup()).param("problem", f.problem()).param("deadline", f.deadline()).update();
  }

  List<Long> draftIds(String sourceKey) {
    return jdbc.sql("select id from rectification_notice where source_key = :source and state = 'DRAFT' order by id")
        .param("source", sourceKey).query(Long.class).list();
  }

  void issue(long id, String number, OffsetDateTime at) {
    jdbc.sql("""
        update rectification_notice set number = :number, state = 'OPEN', issued_at = :at
        where id = :id and state = 'DRAFT'""")
        .param("number", number).param("at", at).param("id", id).update();
  }

  List<RectificationNotice> of(String sourceKey) {
    return jdbc.sql("select * from rectification_notice where source_key = :source and state <> 'DRAFT' order by id")
        .param("source", sourceKey).query(this::map).list();
  }

  List<RectificationNotice> open(String sourceKey) {
    return jdbc.sql("select * from rectification_notice where source_key = :source and state = 'OPEN' order by id")
        .param("source", sourceKey).query(this::map).list();
  }

  Optional<RectificationNotice> byNumber(String number) {
    return jdbc.sql("select * from rectification_notice where number = :number").param("number", number)
        .query(this::map).optional();
  }

  Optional<RectificationNotice> byFollowUpTask(String taskId) {
    return jdbc.sql("select * from rectification_notice where follow_up_task_id = :task").param("task", taskId)
        .query(this::map).optional();
  }

  void assignFollowUp(String number, String taskId) {
    jdbc.sql("update rectification_notice set follow_up_task_id = :task where number = :number")
        .param("task", taskId).param("number", number).update();
  }

  /** Records a follow-up of an open notice; false when the notice was not open any more. */
  boolean followUp(String number, boolean rectified, String by, String note, OffsetDateTime at) {
    return jdbc.sql("""
        update rectification_notice set followed_up_by = :by, follow_up_note = :note,
          state = case when :rectified then 'RECTIFIED' else 'OPEN' end,
          rectified_at = case when :rectified then :at else null end
        where number = :number and state = 'OPEN'""")
        .param("by", by).param("note", note).param("rectified", rectified).param("at", at).param("number", number)
        .update() == 1;
  }

  void renotice(String number, LocalDate deadline) {
    jdbc.sql("""
        update rectification_notice set notice_round = notice_round + 1, deadline = :deadline, follow_up_task_id = null
        where number = :number and state = 'OPEN'""")
        .param("deadline", deadline).param("number", number).update();
  }

  /** The subjects of a source that needed more than one notice (not rectified at the first follow-up). */
  List<String> subjectsRenoticed(String sourceKey) {
    return jdbc.sql("""
        select distinct subject from rectification_notice
        where source_key = :source and notice_round > 1 and subject is not null order by subject""")
        .param("source", sourceKey).query(String.class).list();
  }

  private RectificationNotice map(ResultSet rs, int row) throws SQLException {
    return new RectificationNotice(rs.getString("number"), rs.getString("source_key"), rs.getString("process_key"),
        rs.getString("subject"), rs.getString("responsible_group"), rs.getString("problem"),
        rs.getObject("deadline", LocalDate.class), rs.getString("state"), rs.getInt("notice_round"),
        rs.getObject("issued_at", OffsetDateTime.class), rs.getString("followed_up_by"),
        rs.getString("follow_up_note"), rs.getObject("rectified_at", OffsetDateTime.class));
  }
}
