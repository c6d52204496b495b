package com.wuye.bpm.kpi;

import com.wuye.bpm.engine.StaffGroup;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Work past its due date, now: open tasks per candidate group, and renovation applications whose review
 * (设施检查, 装修批复) is past its three working days (the tasks' due date is
 * {@code workingDays.after(acceptedAt, 3)} in renovation-approval). Read from the engine's runtime task table
 * by its due date (indexed, V28), never from history.
 */
@Repository
class OverdueKpis {

  static final String RENOVATION_PROCESS = "renovation-approval";
  static final List<String> RENOVATION_REVIEW_TASKS = List.of("inspect-unit-facilities", "approve-renovation");

  private final JdbcTemplate jdbc;

  OverdueKpis(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  OverdueReport report(OffsetDateTime now, ZoneId zone) {
    List<GroupOverdue> groups = new ArrayList<>();
    jdbc.query("""
        select grp, overdue, task_id, task_name, due, instance_id, business_key from (
          select l.GROUP_ID_ grp, count(*) over (partition by l.GROUP_ID_) overdue, t.ID_ task_id,
            t.NAME_ task_name, t.DUE_DATE_ due, t.PROC_INST_ID_ instance_id, p.BUSINESS_KEY_ business_key,
            row_number() over (partition by l.GROUP_ID_ order by t.DUE_DATE_, t.ID_) place
          from ACT_RU_TASK t join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate'
          left join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_
          where t.DUE_DATE_ < ? and l.GROUP_ID_ is not null) overdue_tasks
        where place = 1 order by grp""", rs -> {
          String group = rs.getString("grp");
          groups.add(new GroupOverdue(group, StaffGroup.byId(group).map(StaffGroup::chineseName).orElse(group),
              rs.getLong("overdue"), new OldestTask(rs.getString("task_id"), rs.getString("task_name"),
                  rs.getTimestamp("due").toInstant().atZone(zone).toOffsetDateTime(),
                  rs.getString("instance_id"), rs.getString("business_key"))));
        }, java.sql.Timestamp.from(now.toInstant()));

    List<RenovationOverdue> renovations = jdbc.query("""
        select count(*) over () overdue, t.ID_ task_id, t.NAME_ task_name, t.DUE_DATE_ due, t.PROC_INST_ID_ instance_id,
          p.BUSINESS_KEY_ business_key
        from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_
        left join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_
        where t.DUE_DATE_ < ? and d.KEY_ = ? and t.TASK_DEF_KEY_ in (?, ?)
        order by t.DUE_DATE_, t.ID_ fetch first 1 rows only""", (rs, n) -> new RenovationOverdue(
            rs.getLong("overdue"), new OldestTask(rs.getString("task_id"), rs.getString("task_name"),
                rs.getTimestamp("due").toInstant().atZone(zone).toOffsetDateTime(), rs.getString("instance_id"),
                rs.getString("business_key"))),
        java.sql.Timestamp.from(now.toInstant()), RENOVATION_PROCESS, RENOVATION_REVIEW_TASKS.get(0),
        RENOVATION_REVIEW_TASKS.get(1));
    return new OverdueReport(now, groups,
        renovations.isEmpty() ? new RenovationOverdue(0, null) : renovations.get(0));
  }

  /** What is overdue at {@code at}. Repairs are not listed yet: see docs/kpis.md. */
  record OverdueReport(OffsetDateTime at, List<GroupOverdue> tasks, RenovationOverdue renovationApprovals) {}

  /** A candidate group's open tasks past their due date and the one due longest ago. */
  record GroupOverdue(String group, String groupName, long overdue, OldestTask oldest) {}

  /** Renovation applications whose review is past its three working days and the one waiting longest. */
  record RenovationOverdue(long overdue, OldestTask oldest) {}

  /** {@code businessKey} is the record's number (TS-…, ZXSQ-…); {@code processInstanceId} opens it in Cockpit. */
  record OldestTask(String taskId, String taskName, OffsetDateTime due, String processInstanceId,
      String businessKey) {}
}
