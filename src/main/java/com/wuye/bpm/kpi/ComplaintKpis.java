package com.wuye.bpm.kpi;

import com.wuye.bpm.engine.StaffGroup;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Complaint figures of the complaints received in a period (《物业品质管理手册》§5.4.3): one aggregate over
 * {@code complaint.received_at} (indexed, V28) for the whole period, per category and per responsible group.
 */
@Repository
class ComplaintKpis {

  private static final String FIGURES = """
      count(*) received,
      sum(case when response_seconds is not null and response_seconds <= response_minutes * 60 then 1 else 0 end)
        responded_in_time,
      sum(case when response_seconds is not null then 1 else 0 end) responded,
      coalesce(sum(response_seconds), 0) response_seconds,
      sum(case when resolution_seconds is not null then 1 else 0 end) resolved,
      coalesce(sum(resolution_seconds), 0) resolution_seconds,
      sum(case when satisfied is not null then 1 else 0 end) callbacks,
      sum(case when satisfied then 1 else 0 end) satisfied,
      sum(case when reopen_count > 0 then 1 else 0 end) reopened
      from complaint where received_at >= ? and received_at < ?""";

  private final JdbcTemplate jdbc;

  ComplaintKpis(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The figures of complaints received from {@code from} (inclusive) to {@code until} (exclusive). */
  ComplaintReport report(OffsetDateTime from, OffsetDateTime until) {
    Figures total = jdbc.queryForObject("select " + FIGURES, (rs, n) -> figures(rs), from, until);
    List<Grouped> byCategory = jdbc.query("select category grp, " + FIGURES + " group by category order by category",
        (rs, n) -> new Grouped(rs.getString("grp"), null, figures(rs)), from, until);
    List<Grouped> byGroup = jdbc.query("""
        select responsible_group grp, %s group by responsible_group order by responsible_group"""
        .formatted(FIGURES), (rs, n) -> {
          String group = rs.getString("grp");
          return new Grouped(group, StaffGroup.byId(group).map(StaffGroup::chineseName).orElse("未分派"),
              figures(rs));
        }, from, until);
    return new ComplaintReport(from.toLocalDate(), until.toLocalDate().minusDays(1), total, byCategory, byGroup);
  }

  private static Figures figures(ResultSet rs) throws SQLException {
    long received = rs.getLong("received");
    long inTime = rs.getLong("responded_in_time");
    long callbacks = rs.getLong("callbacks");
    long satisfied = rs.getLong("satisfied");
    return new Figures(received, inTime, Rates.rate(inTime, received),
        Rates.average(rs.getLong("response_seconds"), rs.getLong("responded"), 60),
        Rates.average(rs.getLong("resolution_seconds"), rs.getLong("resolved"), 3600), callbacks, satisfied,
        Rates.rate(satisfied, callbacks), rs.getLong("reopened"));
  }

  /** The complaint figures of a period as the API answers them. */
  record ComplaintReport(java.time.LocalDate from, java.time.LocalDate to, @JsonUnwrapped Figures total, List<Grouped> byCategory,
      List<Grouped> byResponsibleGroup) {}

  /** Figures of one category or one responsible group ({@code name} is the group's Chinese name). */
  record Grouped(String key, String name, @JsonUnwrapped Figures figures) {}

  /**
   * {@code respondedInTime}: acknowledged within the complaint's response minutes (the limit itself counts as in
   * time); {@code callbacks}: complaints with the owner's answer at the callback; {@code reopened}: complaints
   * reopened at least once.
   */
  record Figures(long received, long respondedInTime, BigDecimal responseRate, BigDecimal avgResponseMinutes,
      BigDecimal avgResolutionHours, long callbacks, long satisfied, BigDecimal satisfactionRate, long reopened) {}
}
