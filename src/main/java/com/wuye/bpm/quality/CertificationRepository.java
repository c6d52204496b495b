package com.wuye.bpm.quality;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Certifications, the documents recorded for them, their certificates and surveillance audits. */
@Repository
class CertificationRepository {

  private final JdbcTemplate jdbc;

  CertificationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, String processInstanceId, CertificationRequest r, String appliedBy, OffsetDateTime at) {
    jdbc.update("""
        insert into quality_certification (number, process_instance_id, certification_body, certification_standard,
          certification_scope, consultant, application_note, applied_by, applied_at, status)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, processInstanceId, r.certificationBody(), r.certificationStandard(), r.certificationScope(),
        r.consultant(), r.applicationNote(), appliedBy, at, CertificationStatus.APPLIED.name());
  }

  Optional<Certification> findByNumber(String number) {
    return jdbc.query("select * from quality_certification where number = ?", this::map, number).stream().findFirst();
  }

  Optional<Certification> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select * from quality_certification where process_instance_id = ?", this::map,
        processInstanceId).stream().findFirst();
  }

  Optional<Certification> findById(long id) {
    return jdbc.query("select * from quality_certification where id = ?", this::map, id).stream().findFirst();
  }

  void changeStatus(long id, CertificationStatus status, String reason) {
    jdbc.update("update quality_certification set status = ?, closed_reason = coalesce(?, closed_reason) where id = ?",
        status.name(), reason, id);
  }

  void contract(long id, String contractNo) {
    jdbc.update("update quality_certification set contract_no = ?, status = ? where id = ?", contractNo,
        CertificationStatus.CONTRACTED.name(), id);
  }

  /**
   * Keeps the document once per task: a repeated call for the same task adds nothing. The round is cast because it is
   * null before the certificate and PostgreSQL cannot type a null parameter in a select list.
   */
  void addDocument(long certificationId, String taskId, CertificationDocument d) {
    jdbc.update("""
        insert into quality_certification_document (certification_id, kind, surveillance_round, document_no,
          document_date, outcome, note, task_id, recorded_by, recorded_at)
        select ?, ?, cast(? as integer), ?, ?, ?, ?, ?, ?, ? where not exists
          (select 1 from quality_certification_document where task_id = ?)""",
        certificationId, d.kind(), d.surveillanceRound(), d.documentNo(), d.documentDate(), d.outcome(), d.note(),
        taskId, d.recordedBy(), d.recordedAt(), taskId);
  }

  List<CertificationDocument> documents(long certificationId) {
    return jdbc.query("select * from quality_certification_document where certification_id = ? order by id",
        (rs, i) -> new CertificationDocument(rs.getString("kind"), (Integer) rs.getObject("surveillance_round"),
            rs.getString("document_no"), rs.getObject("document_date", LocalDate.class), rs.getString("outcome"),
            rs.getString("note"), rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)),
        certificationId);
  }

  void insertCertificate(String number, long certificationId, String scope, LocalDate issueDate, LocalDate expiryDate,
      OffsetDateTime at) {
    jdbc.update("""
        insert into quality_certificate (number, certification_id, scope, issue_date, expiry_date, status, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?)""", number, certificationId, scope, issueDate, expiryDate, Certificate.VALID, at);
  }

  Optional<Certificate> certificateByNumber(String number) {
    return jdbc.query("select * from quality_certificate where number = ?", this::mapCertificate, number).stream()
        .findFirst();
  }

  Optional<Certificate> certificateOf(long certificationId) {
    return jdbc.query("select * from quality_certificate where certification_id = ?", this::mapCertificate,
        certificationId).stream().findFirst();
  }

  /** Ends a valid certificate (withdrawn or expired); a certificate already ended stays as it is. */
  boolean endCertificate(long certificateId, String status) {
    return jdbc.update("update quality_certificate set status = ? where id = ? and status = ?", status, certificateId,
        Certificate.VALID) == 1;
  }

  void scheduleSurveillance(long certificateId, int round, LocalDate date) {
    jdbc.update("""
        insert into quality_surveillance (certificate_id, round, scheduled_date)
        select ?, ?, ? where not exists (select 1 from quality_surveillance where certificate_id = ? and round = ?)""",
        certificateId, round, date, certificateId, round);
  }

  /** Records the decision of a round once; true when this call recorded it (so the holder is told once). */
  boolean decideSurveillance(long certificateId, int round, String decision, String decisionNo, LocalDate decisionDate,
      OffsetDateTime at) {
    return jdbc.update("""
        update quality_surveillance set decision = ?, decision_no = ?, decision_date = ?, notified_at = ?
        where certificate_id = ? and round = ? and decision is null""",
        decision, decisionNo, decisionDate, at, certificateId, round) == 1;
  }

  List<Surveillance> surveillances(long certificateId) {
    return jdbc.query("select * from quality_surveillance where certificate_id = ? order by round",
        (rs, i) -> new Surveillance(rs.getInt("round"), rs.getObject("scheduled_date", LocalDate.class),
            rs.getString("decision"), rs.getString("decision_no"), rs.getObject("decision_date", LocalDate.class),
            rs.getObject("notified_at", OffsetDateTime.class)), certificateId);
  }

  private Certificate mapCertificate(ResultSet rs, int row) throws SQLException {
    return new Certificate(rs.getLong("id"), rs.getString("number"), rs.getLong("certification_id"),
        rs.getString("scope"), rs.getObject("issue_date", LocalDate.class),
        rs.getObject("expiry_date", LocalDate.class), rs.getString("status"),
        rs.getObject("recorded_at", OffsetDateTime.class));
  }

  private Certification map(ResultSet rs, int row) throws SQLException {
    return new Certification(rs.getLong("id"), rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("certification_body"), rs.getString("certification_standard"),
        rs.getString("certification_scope"), rs.getString("consultant"), rs.getString("applied_by"),
        rs.getObject("applied_at", OffsetDateTime.class), CertificationStatus.valueOf(rs.getString("status")),
        rs.getString("contract_no"), rs.getString("closed_reason"));
  }
}
