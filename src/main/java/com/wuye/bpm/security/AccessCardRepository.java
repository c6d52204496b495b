package com.wuye.bpm.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The table {@code access_card}. */
@Repository
class AccessCardRepository {

  private final JdbcTemplate jdbc;

  AccessCardRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, String processInstanceId, AccessCardApplication a, String appliedBy, OffsetDateTime at) {
    jdbc.update("""
        insert into access_card (number, process_instance_id, holder_name, unit, phone, holder_type, id_number,
          applied_by, applied_at, status)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, processInstanceId, a.holderName(), a.unit(), a.phone(), a.holderType(), a.idNumber(), appliedBy, at,
        AccessCardStatus.AWAITING_DOCUMENTS.name());
  }

  Optional<AccessCard> findByNumber(String number) {
    return jdbc.query("select * from access_card where number = ?", this::map, number).stream().findFirst();
  }

  Optional<AccessCard> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select * from access_card where process_instance_id = ?", this::map, processInstanceId)
        .stream().findFirst();
  }

  /** The documents are complete and the fee or deposit taken: false when the card was not waiting for documents. */
  boolean documentsComplete(String number, AccessCardPayment p) {
    return jdbc.update("""
        update access_card set payment_kind = ?, amount = ?, receipt_number = ?, status = ?
        where number = ? and status = ?""", p.paymentKind(), p.amount(), p.receiptNumber(),
        AccessCardStatus.AWAITING_SIGNATURE.name(), number, AccessCardStatus.AWAITING_DOCUMENTS.name()) == 1;
  }

  boolean documentsReturned(String number, String missing) {
    return jdbc.update("""
        update access_card set missing_documents = ?, documents_returned = documents_returned + 1
        where number = ? and status = ?""", missing, number, AccessCardStatus.AWAITING_DOCUMENTS.name()) == 1;
  }

  void documentsSupplemented(String number, String note) {
    jdbc.update("update access_card set supplement_note = ? where number = ? and status = ?", note, number,
        AccessCardStatus.AWAITING_DOCUMENTS.name());
  }

  boolean issued(String number, OffsetDateTime at) {
    return jdbc.update("update access_card set status = ?, issued_at = ? where number = ? and status = ?",
        AccessCardStatus.ACTIVE.name(), at, number, AccessCardStatus.AWAITING_SIGNATURE.name()) == 1;
  }

  void copiesArchived(String number, String fileNumber) {
    jdbc.update("update access_card set copies_file_number = ? where number = ?", fileNumber, number);
  }

  void registerArchived(String number, String fileNumber) {
    jdbc.update("update access_card set register_file_number = ? where number = ?", fileNumber, number);
  }

  /** Deactivates an active card; false when it was not active (already lost, or not yet issued). */
  boolean lost(String number, String reportedBy, String note, String recordedBy, OffsetDateTime at) {
    return jdbc.update("""
        update access_card set status = ?, lost_reported_at = ?, lost_reported_by = ?, lost_note = ?, lost_recorded_by = ?
        where number = ? and status = ?""", AccessCardStatus.LOST.name(), at, reportedBy, note, recordedBy, number,
        AccessCardStatus.ACTIVE.name()) == 1;
  }

  private AccessCard map(ResultSet rs, int row) throws SQLException {
    return new AccessCard(rs.getLong("id"), rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("holder_name"), rs.getString("unit"), rs.getString("phone"), rs.getString("holder_type"),
        rs.getString("id_number"), rs.getString("payment_kind"), rs.getBigDecimal("amount"),
        rs.getString("receipt_number"), rs.getString("applied_by"), rs.getObject("applied_at", OffsetDateTime.class),
        AccessCardStatus.valueOf(rs.getString("status")), rs.getObject("issued_at", OffsetDateTime.class),
        rs.getString("copies_file_number"), rs.getString("register_file_number"),
        rs.getObject("lost_reported_at", OffsetDateTime.class), rs.getString("lost_reported_by"),
        rs.getString("lost_note"), rs.getString("lost_recorded_by"), rs.getString("missing_documents"),
        rs.getInt("documents_returned"), rs.getString("supplement_note"));
  }
}
