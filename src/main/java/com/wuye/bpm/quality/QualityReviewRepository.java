package com.wuye.bpm.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Quality reviews, their defect lists and the document states of their materials. */
@Repository
class QualityReviewRepository {

  private final JdbcTemplate jdbc;

  QualityReviewRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, String processInstanceId, ReviewRequest r, String requestedBy, OffsetDateTime at) {
    jdbc.update("""
        insert into quality_review (number, process_instance_id, project_name, department, project_scale, critical,
          review_items, document_title, document_version, document_author, requested_by, requested_at, review_type,
          document_state)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, processInstanceId, r.projectName(), r.department(), r.projectScale(), r.critical(), r.reviewItems(),
        r.documentTitle(), r.documentVersion(), r.documentAuthor(), requestedBy, at,
        QualityReviewProcess.FIRST_REVIEW, DocumentState.PENDING_READING.name());
  }

  Optional<QualityReview> findByNumber(String number) {
    return jdbc.query("select * from quality_review where number = ?", this::map, number).stream().findFirst();
  }

  Optional<QualityReview> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select * from quality_review where process_instance_id = ?", this::map, processInstanceId)
        .stream().findFirst();
  }

  void appointLeader(String number, String leader, String level, String roles) {
    jdbc.update("update quality_review set review_leader = ?, review_level = ?, required_roles = ? where number = ?",
        leader, level, roles, number);
  }

  void conclude(String number, String conclusion, boolean regression) {
    jdbc.update("update quality_review set conclusion = ?, regression_review = ? where number = ?",
        conclusion, regression, number);
  }

  /** Moves to the next round, once per round: a retried call for the same round changes nothing. */
  void nextRound(String number, int fromRound) {
    jdbc.update("""
        update quality_review set review_round = review_round + 1, review_type = ?
        where number = ? and review_round = ?""", QualityReviewProcess.REGRESSION, number, fromRound);
  }

  void archive(String number, String location, OffsetDateTime at) {
    jdbc.update("update quality_review set archive_location = ?, archived_at = ? where number = ? and archived_at is null",
        location, at, number);
  }

  /** Changes the document state and keeps the change, unless the document is in that state already. */
  void changeState(QualityReview review, DocumentState state, OffsetDateTime at) {
    if (jdbc.update("update quality_review set document_state = ? where id = ? and document_state <> ?",
        state.name(), review.id(), state.name()) == 1) {
      addStateChange(review.id(), review.reviewRound(), state, at);
    }
  }

  void addStateChange(long reviewId, int round, DocumentState state, OffsetDateTime at) {
    jdbc.update("insert into quality_review_state (review_id, review_round, state, changed_at) values (?, ?, ?, ?)",
        reviewId, round, state.name(), at);
  }

  List<DocumentStateChange> stateChanges(long reviewId) {
    return jdbc.query("""
        select review_round, state, changed_at from quality_review_state where review_id = ? order by id""",
        (rs, i) -> {
          DocumentState state = DocumentState.valueOf(rs.getString("state"));
          return new DocumentStateChange(rs.getInt("review_round"), state, state.chineseName(),
              rs.getObject("changed_at", OffsetDateTime.class));
        }, reviewId);
  }

  /** Adds the defect once per review, round and number. */
  void addDefect(long reviewId, int round, ReviewDefect d) {
    jdbc.update("""
        insert into quality_review_defect (review_id, review_round, defect_no, raised_by, location, description,
          severity, promised_fix_date)
        select ?, ?, ?, ?, ?, ?, ?, ? where not exists
          (select 1 from quality_review_defect where review_id = ? and review_round = ? and defect_no = ?)""",
        reviewId, round, d.defectNo(), d.raisedBy(), d.location(), d.description(), d.severity(),
        d.promisedFixDate(), reviewId, round, d.defectNo());
  }

  void verify(long reviewId, int round, Set<Integer> defectNumbers, String by, OffsetDateTime at) {
    for (Integer defectNo : defectNumbers) {
      jdbc.update("""
          update quality_review_defect set verified = true, verified_at = ?, verified_by = ?
          where review_id = ? and review_round = ? and defect_no = ? and verified = false""",
          at, by, reviewId, round, defectNo);
    }
  }

  List<ReviewDefect> defects(long reviewId, int round) {
    return jdbc.query("""
        select * from quality_review_defect where review_id = ? and review_round = ? order by defect_no""",
        this::mapDefect, reviewId, round);
  }

  List<ReviewDefectRow> allDefects(long reviewId) {
    return jdbc.query("""
        select * from quality_review_defect where review_id = ? order by review_round, defect_no""",
        (rs, i) -> new ReviewDefectRow(rs.getInt("review_round"), mapDefect(rs, i),
            rs.getObject("verified_at", OffsetDateTime.class), rs.getString("verified_by")), reviewId);
  }

  private ReviewDefect mapDefect(ResultSet rs, int row) throws SQLException {
    return new ReviewDefect(rs.getInt("defect_no"), rs.getString("raised_by"), rs.getString("location"),
        rs.getString("description"), rs.getString("severity"), rs.getObject("promised_fix_date", LocalDate.class),
        rs.getBoolean("verified"));
  }

  private QualityReview map(ResultSet rs, int row) throws SQLException {
    return new QualityReview(rs.getLong("id"), rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("project_name"), rs.getString("department"), rs.getString("project_scale"),
        rs.getBoolean("critical"), rs.getString("review_items"), rs.getString("document_title"),
        rs.getString("document_version"), rs.getString("document_author"), rs.getString("requested_by"),
        rs.getObject("requested_at", OffsetDateTime.class), rs.getString("review_level"),
        rs.getString("required_roles"), rs.getString("review_leader"), rs.getInt("review_round"),
        rs.getString("review_type"), rs.getString("conclusion"), (Boolean) rs.getObject("regression_review"),
        DocumentState.valueOf(rs.getString("document_state")), rs.getString("archive_location"),
        rs.getObject("archived_at", OffsetDateTime.class));
  }

  /** A defect with the round it was raised in and who verified its fix, when. */
  record ReviewDefectRow(int reviewRound, ReviewDefect defect, OffsetDateTime verifiedAt, String verifiedBy) {}
}
