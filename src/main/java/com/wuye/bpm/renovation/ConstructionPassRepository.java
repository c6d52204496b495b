package com.wuye.bpm.renovation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ConstructionPassRepository {

  private final JdbcTemplate jdbc;

  ConstructionPassRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insertRequest(String number, String processInstanceId, String permitNumber, String contractorName,
      String contractorLicence, String contractorPhone, String requestedBy, OffsetDateTime at) {
    jdbc.update("""
        insert into construction_pass_request (number, process_instance_id, permit_number, contractor_name,
          contractor_licence, contractor_phone, requested_by, requested_at, status)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", number, processInstanceId, permitNumber, contractorName,
        contractorLicence, contractorPhone, requestedBy, at, ConstructionPassRequest.REQUESTED);
  }

  Optional<ConstructionPassRequest> findRequest(String number) {
    return jdbc.query("select * from construction_pass_request where number = ?", this::mapRequest, number).stream()
        .findFirst();
  }

  Optional<ConstructionPassRequest> findRequestById(long id) {
    return jdbc.query("select * from construction_pass_request where id = ?", this::mapRequest, id).stream()
        .findFirst();
  }

  Optional<ConstructionPassRequest> findRequestByProcessInstance(String processInstanceId) {
    return jdbc.query("select * from construction_pass_request where process_instance_id = ?", this::mapRequest,
        processInstanceId).stream().findFirst();
  }

  void documentsChecked(String number, String note, String status) {
    jdbc.update("update construction_pass_request set documents_note = ?, status = ? where number = ?", note, status,
        number);
  }

  void status(String number, String status) {
    jdbc.update("update construction_pass_request set status = ? where number = ?", status, number);
  }

  void handedOver(String number, String handedOverTo) {
    jdbc.update("update construction_pass_request set handed_over_to = ? where number = ?", handedOverTo, number);
  }

  void collected(String number, String note, OffsetDateTime at) {
    jdbc.update("""
        update construction_pass_request set collection_note = ?, collected_at = coalesce(collected_at, ?), status = ?
        where number = ?""", note, at, ConstructionPassRequest.COLLECTED, number);
  }

  /** Issues a worker's pass once: a retry for the same request and ID number adds nothing. */
  void insertPass(String number, long requestId, ConstructionWorker worker, LocalDate validUntil, OffsetDateTime at) {
    jdbc.update("""
        insert into construction_pass (number, request_id, worker_name, id_number, photo_taken, valid_until, issued_at)
        select ?, ?, ?, ?, ?, ?, ? where not exists
          (select 1 from construction_pass where request_id = ? and id_number = ?)""",
        number, requestId, worker.name(), worker.idNumber(), worker.photoTaken(), validUntil, at, requestId,
        worker.idNumber());
  }

  List<ConstructionPass> passesOf(long requestId) {
    return jdbc.query("select * from construction_pass where request_id = ? order by id", this::mapPass, requestId);
  }

  Optional<ConstructionPass> findPass(String number) {
    return jdbc.query("select * from construction_pass where number = ?", this::mapPass, number).stream().findFirst();
  }

  void returned(long requestId, OffsetDateTime at) {
    jdbc.update("""
        update construction_pass set returned_at = ? where request_id = ? and missing = false and returned_at is null""",
        at, requestId);
  }

  void missing(long requestId, String passNumber) {
    jdbc.update("update construction_pass set missing = true where request_id = ? and number = ? and returned_at is null",
        requestId, passNumber);
  }

  private ConstructionPassRequest mapRequest(ResultSet rs, int row) throws SQLException {
    return new ConstructionPassRequest(rs.getLong("id"), rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("permit_number"), rs.getString("contractor_name"), rs.getString("contractor_licence"),
        rs.getString("contractor_phone"), rs.getString("status"), rs.getObject("requested_at", OffsetDateTime.class),
        rs.getObject("collected_at", OffsetDateTime.class));
  }

  private ConstructionPass mapPass(ResultSet rs, int row) throws SQLException {
    return new ConstructionPass(rs.getString("number"), rs.getLong("request_id"), rs.getString("worker_name"),
        rs.getString("id_number"), rs.getObject("valid_until", LocalDate.class),
        rs.getObject("issued_at", OffsetDateTime.class), rs.getObject("returned_at", OffsetDateTime.class),
        rs.getBoolean("missing"));
  }
}
