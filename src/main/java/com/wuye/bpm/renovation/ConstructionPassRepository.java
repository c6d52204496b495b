package com.wuye.bpm.renovation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConstructionPassRepository {

  private final JdbcClient jdbc;

  ConstructionPassRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insertRequest(String number, String processInstanceId, String permitNumber, String contractorName,
      String contractorLicence, String contractorPhone, String requestedBy, OffsetDateTime at) {
    jdbc.sql("""
        insert into construction_pass_request (number, process_instance_id, permit_number, contractor_name,
          contractor_licence, contractor_phone, requested_by, requested_at, status)
        values (:number, :processInstanceId, :permitNumber, :contractorName, :contractorLicence, :contractorPhone,
          :requestedBy, :at, :status)""")
        .param("number", number)
        .param("processInstanceId", processInstanceId)
        .param("permitNumber", permitNumber)
        .param("contractorName", contractorName)
        .param("contractorLicence", contractorLicence)
        .param("contractorPhone", contractorPhone)
        .param("requestedBy", requestedBy)
        .param("at", at)
        .param("status", ConstructionPassRequest.REQUESTED)
        .update();
  }

  Optional<ConstructionPassRequest> findRequest(String number) {
    return jdbc.sql("select * from construction_pass_request where number = ?").param(number).query(this::mapRequest)
        .optional();
  }

  Optional<ConstructionPassRequest> findRequestById(long id) {
    return jdbc.sql("select * from construction_pass_request where id = ?").param(id).query(this::mapRequest)
        .optional();
  }

  Optional<ConstructionPassRequest> findRequestByProcessInstance(String processInstanceId) {
    return jdbc.sql("select * from construction_pass_request where process_instance_id = ?").param(processInstanceId)
        .query(this::mapRequest).optional();
  }

  void documentsChecked(String number, String note, String status) {
    jdbc.sql("update construction_pass_request set documents_note = ?, status = ? where number = ?")
        .params(note, status, number).update();
  }

  void status(String number, String status) {
    jdbc.sql("update construction_pass_request set status = ? where number = ?").params(status, number).update();
  }

  void handedOver(String number, String handedOverTo) {
    jdbc.sql("update construction_pass_request set handed_over_to = ? where number = ?").params(handedOverTo, number)
        .update();
  }

  void collected(String number, String note, OffsetDateTime at) {
    jdbc.sql("""
        update construction_pass_request set collection_note = :note, collected_at = coalesce(collected_at, :at),
          status = :status where number = :number""")
        .param("note", note).param("at", at).param("status", ConstructionPassRequest.COLLECTED).param("number", number)
        .update();
  }

  /** Issues a worker's pass once: a retry for the same request and ID number adds nothing. */
  void insertPass(String number, long requestId, ConstructionWorker worker, LocalDate validUntil, OffsetDateTime at) {
    jdbc.sql("""
        insert into construction_pass (number, request_id, worker_name, id_number, photo_taken, valid_until, issued_at)
        select :number, :request, :name, :idNumber, :photoTaken, :validUntil, :at where not exists
          (select 1 from construction_pass where request_id = :request and id_number = :idNumber)""")
        .param("number", number).param("request", requestId).param("name", worker.name())
        .param("idNumber", worker.idNumber()).param("photoTaken", worker.photoTaken()).param("validUntil", validUntil)
        .param("at", at)
        .update();
  }

  List<ConstructionPass> passesOf(long requestId) {
    return jdbc.sql("select * from construction_pass where request_id = ? order by id").param(requestId)
        .query(this::mapPass).list();
  }

  Optional<ConstructionPass> findPass(String number) {
    return jdbc.sql("select * from construction_pass where number = ?").param(number).query(this::mapPass).optional();
  }

  void returned(long requestId, OffsetDateTime at) {
    jdbc.sql("""
        update construction_pass set returned_at = ? where request_id = ? and missing = false and returned_at is null""")
        .params(at, requestId).update();
  }

  void missing(long requestId, String passNumber) {
    jdbc.sql("update construction_pass set missing = true where request_id = ? and number = ? and returned_at is null")
        .params(requestId, passNumber).update();
  }

  private ConstructionPassRequest mapRequest(ResultSet rs, int row) throws SQLException {
    return new ConstructionPassRequest(rs.getLong("id"), rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("permit_number"), rs.getString("contractor_name"), rs.getString("contractor_licence"),
        rs.getString("contractor_phone"), rs.getString("status"), rs.getObject("requested_at", OffsetDateTime.class),
        rs.getObject("collected_at", OffsetDateTime.class), rs.getString("handed_over_to"));
  }

  private ConstructionPass mapPass(ResultSet rs, int row) throws SQLException {
    return new ConstructionPass(rs.getString("number"), rs.getLong("request_id"), rs.getString("worker_name"),
        rs.getString("id_number"), rs.getObject("valid_until", LocalDate.class),
        rs.getObject("issued_at", OffsetDateTime.class), rs.getObject("returned_at", OffsetDateTime.class),
        rs.getBoolean("missing"));
  }
}
