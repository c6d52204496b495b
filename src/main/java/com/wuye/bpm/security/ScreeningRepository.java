package com.wuye.bpm.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The table {@code screening}: the archive record of suspicious-person screenings. */
@Repository
class ScreeningRepository {

  private final JdbcTemplate jdbc;

  ScreeningRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, String processInstanceId, ScreeningObservation o, String observedBy,
      OffsetDateTime observedAt) {
    jdbc.update("""
        insert into screening (number, process_instance_id, location, person_description, observed_by, observed_at,
          loitering, avoids_questions, carries_tools, night_time, tailgating, no_clear_destination)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, processInstanceId, o.location(), o.personDescription(), observedBy, observedAt, o.loitering(),
        o.avoidsQuestions(), o.carriesTools(), o.nightTime(), o.tailgating(), o.noClearDestination());
  }

  Optional<Screening> findByNumber(String number) {
    return jdbc.query("select * from screening where number = ?", this::map, number).stream().findFirst();
  }

  Optional<Screening> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select * from screening where process_instance_id = ?", this::map, processInstanceId)
        .stream().findFirst();
  }

  void chooseAction(String number, int riskScore, String riskLevel, String recommended, String chosen,
      ScreeningOutcome outcome) {
    jdbc.update("""
        update screening set risk_score = ?, risk_level = ?, recommended_action = ?, guard_action = ?, outcome = ?
        where number = ?""", riskScore, riskLevel, recommended, chosen, outcome == null ? null : outcome.name(), number);
  }

  void inspectItems(String number, String itemsFound, boolean suspicious) {
    jdbc.update("update screening set items_found = ?, suspicious_items = ? where number = ?",
        itemsFound, suspicious, number);
  }

  void itemStatement(String number, String statement) {
    jdbc.update("update screening set item_statement = ?, outcome = ? where number = ?",
        statement, ScreeningOutcome.ITEM_STATEMENT.name(), number);
  }

  void checkId(String number, boolean hasValidId, String idType, String idNumber, String personName) {
    jdbc.update("""
        update screening set has_valid_id = ?, id_type = ?, id_number = ?, person_name = ?, outcome = ?
        where number = ?""", hasValidId, idType, idNumber, personName,
        hasValidId ? ScreeningOutcome.ID_REGISTERED.name() : null, number);
  }

  void supervisorNotified(String number, OffsetDateTime at) {
    jdbc.update("update screening set supervisor_notified_at = ? where number = ? and supervisor_notified_at is null",
        at, number);
  }

  void supervisorAlerted(String number, OffsetDateTime at) {
    jdbc.update("update screening set supervisor_alerted_at = ? where number = ? and supervisor_alerted_at is null",
        at, number);
  }

  void question(String number, String note, boolean suspect, String personName) {
    jdbc.update("""
        update screening set questioning_note = ?, suspect = ?, person_name = coalesce(?, person_name), outcome = ?
        where number = ?""", note, suspect, personName,
        suspect ? null : ScreeningOutcome.REGISTERED_AFTER_QUESTIONING.name(), number);
  }

  void handOver(String number, String policeStation, String policeReceipt) {
    jdbc.update("update screening set police_station = ?, police_receipt = ?, outcome = ? where number = ?",
        policeStation, policeReceipt, ScreeningOutcome.HANDED_TO_POLICE.name(), number);
  }

  void archive(String number, OffsetDateTime at) {
    jdbc.update("update screening set archived_at = ? where number = ? and archived_at is null", at, number);
  }

  private Screening map(ResultSet rs, int row) throws SQLException {
    String outcome = rs.getString("outcome");
    return new Screening(rs.getLong("id"), rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("location"), rs.getString("person_description"), rs.getString("observed_by"),
        rs.getObject("observed_at", OffsetDateTime.class), rs.getBoolean("loitering"),
        rs.getBoolean("avoids_questions"), rs.getBoolean("carries_tools"), rs.getBoolean("night_time"),
        rs.getBoolean("tailgating"), rs.getBoolean("no_clear_destination"), (Integer) rs.getObject("risk_score"),
        rs.getString("risk_level"), rs.getString("recommended_action"), rs.getString("guard_action"),
        rs.getString("items_found"), (Boolean) rs.getObject("suspicious_items"), rs.getString("item_statement"),
        (Boolean) rs.getObject("has_valid_id"), rs.getString("id_type"), rs.getString("id_number"),
        rs.getString("person_name"), rs.getObject("supervisor_notified_at", OffsetDateTime.class),
        rs.getString("questioning_note"), (Boolean) rs.getObject("suspect"), rs.getString("police_station"),
        rs.getString("police_receipt"), outcome == null ? null : ScreeningOutcome.valueOf(outcome),
        rs.getObject("archived_at", OffsetDateTime.class), rs.getObject("supervisor_alerted_at", OffsetDateTime.class));
  }
}
