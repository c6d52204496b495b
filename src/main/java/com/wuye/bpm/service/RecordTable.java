package com.wuye.bpm.service;

import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One record table of the package (a row per case: {@code number}, {@code process_instance_id}, {@code unit_code},
 * {@code status}, {@code received_at} and the flow's own columns): the statements every flow's repository needs.
 * A step moves a record only from the statuses it expects; {@link #advance} refuses anything else and writes
 * nothing.
 */
class RecordTable<T> {

  private final JdbcClient jdbc;
  private final String table;
  private final String what;
  private final RowMapper<T> mapper;

  RecordTable(JdbcClient jdbc, String table, String what, RowMapper<T> mapper) {
    this.jdbc = jdbc;
    this.table = table;
    this.what = what;
    this.mapper = mapper;
  }

  void insert(Map<String, Object> columns) {
    String names = String.join(", ", columns.keySet());
    String values = columns.keySet().stream().map(name -> ":" + name).collect(Collectors.joining(", "));
    JdbcClient.StatementSpec insert = jdbc.sql("insert into " + table + " (" + names + ") values (" + values + ")");
    for (Map.Entry<String, Object> column : columns.entrySet()) {
      insert = insert.param(column.getKey(), column.getValue());
    }
    insert.update();
  }

  T get(String number) {
    return jdbc.sql("select * from " + table + " where number = :number").param("number", number).query(mapper)
        .optional().orElseThrow(() -> new NotFoundException(what, number));
  }

  Optional<T> findByProcessInstance(String processInstanceId) {
    return jdbc.sql("select * from " + table + " where process_instance_id = :instance")
        .param("instance", processInstanceId).query(mapper).optional();
  }

  /** Records received in [from, to), newest first, of one unit and one status when given. */
  List<T> find(String unit, RecordStatus status, OffsetDateTime from, OffsetDateTime to, int limit) {
    StringBuilder sql = new StringBuilder("select * from " + table + " where received_at >= :from and received_at < :to");
    if (unit != null) {
      sql.append(" and unit_code = :unit");
    }
    if (status != null) {
      sql.append(" and status = :status");
    }
    sql.append(" order by received_at desc, id desc fetch first :limit rows only");
    JdbcClient.StatementSpec query = jdbc.sql(sql.toString()).param("from", from).param("to", to)
        .param("limit", limit);
    if (unit != null) {
      query = query.param("unit", unit);
    }
    if (status != null) {
      query = query.param("status", status.name());
    }
    return query.query(mapper).list();
  }

  /**
   * Sets the columns and the next status of the record, if it is in one of the expected statuses; refuses
   * (422, nothing written) otherwise.
   */
  void advance(String number, RecordStatus next, Map<String, Object> columns, RecordStatus... expected) {
    Map<String, Object> values = new LinkedHashMap<>(columns);
    values.put("status", next.name());
    String set = values.keySet().stream().map(name -> name + " = :" + name).collect(Collectors.joining(", "));
    String statuses = Arrays.stream(expected).map(status -> "'" + status.name() + "'")
        .collect(Collectors.joining(", "));
    JdbcClient.StatementSpec update = jdbc.sql("update " + table + " set " + set
        + " where number = :number and status in (" + statuses + ")").param("number", number);
    for (Map.Entry<String, Object> value : values.entrySet()) {
      update = update.param(value.getKey(), value.getValue());
    }
    if (update.update() != 1) {
      String current = jdbc.sql("select status from " + table + " where number = :number").param("number", number)
          .query(String.class).optional().orElseThrow(() -> new NotFoundException(what, number));
      throw new UnprocessableException(null, what + " " + number + " 的状态为 " + current + "，此步骤要求 "
          + Arrays.stream(expected).map(RecordStatus::chineseName).collect(Collectors.joining("或"))
          + " (the record is not in the state this step expects)");
    }
  }
}
