package com.wuye.bpm.kpi;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.wuye.bpm.fee.DunningStage;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Fee collection figures of one billing month (《物业品质管理手册》§5.4.10). ALL the fee SQL of the KPIs is here, so
 * that it follows the fee tables when they change: bills by {@code fee_bill.period} (indexed with the stage, V28),
 * suspensions by {@code service_suspension.suspended_at} (indexed, V28).
 */
@Repository
class FeeKpis {

  /** Every bill of the month with its estate; {@code estate.code} is matched when {@code ?} is not null. */
  private static final String BILLS = """
      from fee_bill b join unit u on u.id = b.unit_id join building bd on bd.id = u.building_id
      join estate e on e.id = bd.estate_id
      where b.period = ? and (cast(? as varchar(10)) is null or e.code = ?)""";

  private final JdbcTemplate jdbc;

  FeeKpis(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  boolean estateExists(String code) {
    return jdbc.queryForObject("select count(*) from estate where code = ?", Integer.class, code) > 0;
  }

  /** The month's figures, for every estate or only {@code estate} (null: all), and their sum. */
  FeeReport report(YearMonth period, String estate, ZoneId zone) {
    Map<String, EstateRow> rows = new LinkedHashMap<>();
    jdbc.query("""
        select e.code, e.name, count(*) billed, sum(b.amount) billed_amount,
          sum(case when b.paid_amount >= b.amount then 1 else 0 end) paid, sum(b.paid_amount) paid_amount
        %s group by e.code, e.name order by e.code""".formatted(BILLS), rs -> {
          rows.put(rs.getString("code"), new EstateRow(rs.getString("code"), rs.getString("name"),
              rs.getLong("billed"), rs.getBigDecimal("billed_amount"), rs.getLong("paid"),
              rs.getBigDecimal("paid_amount")));
        }, period.toString(), estate, estate);
    Map<String, Map<String, Long>> stages = new LinkedHashMap<>();
    jdbc.query("select e.code, b.stage, count(*) bills %s group by e.code, b.stage".formatted(BILLS),
        rs -> {
          stages.computeIfAbsent(rs.getString("code"), code -> new LinkedHashMap<>())
              .put(rs.getString("stage"), rs.getLong("bills"));
        }, period.toString(), estate, estate);
    Map<String, Long> suspended = new LinkedHashMap<>();
    jdbc.query("""
        select e.code, count(distinct u.id) households from service_suspension s
        left join fee_bill sb on sb.id = s.bill_id left join arrears_case a on a.id = s.arrears_case_id
        join unit u on u.id = coalesce(sb.unit_id, a.unit_id) join building bd on bd.id = u.building_id
        join estate e on e.id = bd.estate_id
        where s.suspended_at >= ? and s.suspended_at < ? and (cast(? as varchar(10)) is null or e.code = ?)
        group by e.code""", rs -> {
          suspended.put(rs.getString("code"), rs.getLong("households"));
        }, period.atDay(1).atStartOfDay(zone).toOffsetDateTime(),
        period.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime(), estate, estate);

    List<EstateFigures> perEstate = new ArrayList<>();
    for (EstateRow row : rows.values()) {
      perEstate.add(new EstateFigures(row.code, row.name, row.figures(
          stagesOf(stages.getOrDefault(row.code, Map.of())), suspended.getOrDefault(row.code, 0L))));
    }
    Figures total = Figures.sum(perEstate.stream().map(EstateFigures::figures).toList());
    return new FeeReport(period.toString(), estate, total, perEstate);
  }

  /** Every stage in the order of the chart, zero where no bill stands. */
  private static List<StageCount> stagesOf(Map<String, Long> counted) {
    List<StageCount> stages = new ArrayList<>();
    for (DunningStage stage : DunningStage.values()) {
      stages.add(new StageCount(stage.id(), stage.chineseName(), counted.getOrDefault(stage.id(), 0L)));
    }
    return stages;
  }

  private record EstateRow(String code, String name, long billed, BigDecimal billedAmount, long paid,
      BigDecimal paidAmount) {

    Figures figures(List<StageCount> stages, long suspended) {
      return Figures.of(billed, billedAmount, paid, paidAmount, stages, suspended);
    }
  }

  /** The month's figures as the API answers them: the sum over the estates, then each estate. */
  record FeeReport(String period, String estate, @JsonUnwrapped Figures total, List<EstateFigures> byEstate) {}

  /** One estate's figures. */
  record EstateFigures(String estate, String estateName, @JsonUnwrapped Figures figures) {}

  /** Bills per dunning stage ({@code stage} is the stage's id, {@code name} its Chinese name). */
  record StageCount(String stage, String name, long bills) {}

  /**
   * {@code paid}: bills paid in full; {@code collectionRate}: paid / billed; {@code amountRate}: paid amount /
   * billed amount; {@code householdsSuspended}: households whose services were suspended during the month.
   */
  record Figures(long billed, BigDecimal billedAmount, long paid,
      BigDecimal paidAmount, BigDecimal collectionRate, BigDecimal amountRate, List<StageCount> stages,
      long householdsSuspended) {

    static Figures of(long billed, BigDecimal billedAmount, long paid,
        BigDecimal paidAmount, List<StageCount> stages, long suspended) {
      return new Figures(billed, billedAmount.setScale(2), paid, paidAmount.setScale(2),
          Rates.rate(paid, billed), Rates.rate(paidAmount, billedAmount), stages, suspended);
    }

    static Figures sum(List<Figures> estates) {
      long billed = 0;
      long paid = 0;
      long suspended = 0;
      BigDecimal billedAmount = BigDecimal.ZERO;
      BigDecimal paidAmount = BigDecimal.ZERO;
      Map<String, Long> stages = new LinkedHashMap<>();
      for (Figures f : estates) {
        billed += f.billed;
        paid += f.paid;
        suspended += f.householdsSuspended;
        billedAmount = billedAmount.add(f.billedAmount);
        paidAmount = paidAmount.add(f.paidAmount);
        f.stages.forEach(s -> stages.merge(s.stage(), s.bills(), Long::sum));
      }
      return of(billed, billedAmount, paid, paidAmount, stagesOf(stages), suspended);
    }
  }
}
