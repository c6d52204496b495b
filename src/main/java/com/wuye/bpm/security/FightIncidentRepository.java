package com.wuye.bpm.security;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The table {@code fight_incident}. */
@Repository
class FightIncidentRepository {

  private final JdbcTemplate jdbc;

  FightIncidentRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, String processInstanceId, FightReport r, String reportedBy, OffsetDateTime at) {
    jdbc.update("""
        insert into fight_incident (number, process_instance_id, location, description, people_involved, weapons,
          injuries, damage, reported_by, reported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, processInstanceId, r.location(), r.description(), r.peopleInvolved(), r.weapons(), r.injuries(),
        r.damage(), reportedBy, at);
  }

  Optional<FightIncident> findByNumber(String number) {
    return jdbc.query("select * from fight_incident where number = ?", this::map, number).stream().findFirst();
  }

  Optional<FightIncident> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select * from fight_incident where process_instance_id = ?", this::map, processInstanceId)
        .stream().findFirst();
  }

  void dispatched(String number, boolean serious, String reason, OffsetDateTime at) {
    jdbc.update("""
        update fight_incident set serious = ?, seriousness_reason = ?, guards_dispatched_at = coalesce(guards_dispatched_at, ?)
        where number = ?""", serious, reason, at, number);
  }

  void policeCalled(String number, String policeReport, OffsetDateTime at) {
    jdbc.update("update fight_incident set police_report = ?, police_called_at = ? where number = ?",
        policeReport, at, number);
  }

  void mediated(String number, String note, boolean effective) {
    jdbc.update("update fight_incident set mediation_note = ?, mediation_effective = ? where number = ?",
        note, effective, number);
  }

  void supervisorDecided(String number, String policeDecision, String leadersReport) {
    jdbc.update("update fight_incident set police_decision = ?, leaders_report = ? where number = ?",
        policeDecision, leadersReport, number);
  }

  void leadersReported(String number, OffsetDateTime at) {
    jdbc.update("update fight_incident set leaders_reported_at = ? where number = ? and leaders_reported_at is null",
        at, number);
  }

  void policeAssisted(String number, String assistance) {
    jdbc.update("update fight_incident set police_assistance = ? where number = ?", assistance, number);
  }

  void damageListed(String number, String items, BigDecimal amount) {
    jdbc.update("update fight_incident set damage_items = ?, damage_amount = ? where number = ?", items, amount, number);
  }

  void reported(String number, String caseReport) {
    jdbc.update("update fight_incident set case_report = ? where number = ?", caseReport, number);
  }

  void archive(String number, OffsetDateTime at) {
    jdbc.update("update fight_incident set archived_at = ? where number = ? and archived_at is null", at, number);
  }

  private FightIncident map(ResultSet rs, int row) throws SQLException {
    return new FightIncident(rs.getLong("id"), rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("location"), rs.getString("description"), rs.getInt("people_involved"), rs.getBoolean("weapons"),
        rs.getBoolean("injuries"), rs.getString("damage"), rs.getString("reported_by"),
        rs.getObject("reported_at", OffsetDateTime.class), (Boolean) rs.getObject("serious"),
        rs.getString("seriousness_reason"), rs.getObject("guards_dispatched_at", OffsetDateTime.class),
        rs.getString("mediation_note"), (Boolean) rs.getObject("mediation_effective"),
        rs.getObject("police_called_at", OffsetDateTime.class), rs.getString("police_report"),
        rs.getString("police_assistance"), rs.getString("damage_items"), rs.getBigDecimal("damage_amount"),
        rs.getString("case_report"), rs.getObject("archived_at", OffsetDateTime.class),
        rs.getString("police_decision"), rs.getString("leaders_report"),
        rs.getObject("leaders_reported_at", OffsetDateTime.class));
  }
}
