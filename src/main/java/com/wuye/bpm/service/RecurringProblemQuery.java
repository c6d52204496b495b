package com.wuye.bpm.service;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read only: how often problems recur per unit in the complaint records ({@code complaint}) and the repair records
 * ({@code repair_request}) since a time, leaving out units that had a callback planned since then.
 */
@Repository
class RecurringProblemQuery {

  private static final String SQL = """
      select p.unit, p.source, p.category, count(*) as cases from (
        select unit as unit, 'complaint' as source, category from complaint
          where received_at >= :since and received_at <= :until
        union all
        select unit_code as unit, 'repair' as source, category from repair_request
          where received_at >= :since and received_at <= :until
      ) p
      where p.unit not in (select unit_code from owner_callback where received_at >= :since)
      group by p.unit, p.source, p.category
      order by p.unit, p.source, p.category
      """;

  private final JdbcClient jdbc;

  RecurringProblemQuery(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Units with at least {@code minProblems} complaints and repairs from {@code since} up to {@code until} (now:
   * records dated later, e.g. typed with a wrong year, do not count), most first.
   */
  List<RecurringProblem> recurring(OffsetDateTime since, OffsetDateTime until, int minProblems) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, List<String>> categories = new LinkedHashMap<>();
    jdbc.sql(SQL).param("since", since).param("until", until).query((rs, row) -> {
      String unit = rs.getString("unit");
      int cases = rs.getInt("cases");
      int[] count = counts.computeIfAbsent(unit, key -> new int[2]);
      count["complaint".equals(rs.getString("source")) ? 0 : 1] += cases;
      categories.computeIfAbsent(unit, key -> new ArrayList<>()).add(rs.getString("category") + "×" + cases);
      return unit;
    }).list();
    return counts.entrySet().stream()
        .map(unit -> new RecurringProblem(unit.getKey(), unit.getValue()[0], unit.getValue()[1],
            categories.get(unit.getKey())))
        .filter(problem -> problem.total() >= minProblems)
        .sorted(Comparator.comparingInt(RecurringProblem::total).reversed().thenComparing(RecurringProblem::unit))
        .toList();
  }
}
