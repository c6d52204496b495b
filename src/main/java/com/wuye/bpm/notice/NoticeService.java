package com.wuye.bpm.notice;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The outbox of notices. Issuing is idempotent: a retried job or a second cluster node that issues the same
 * kind of notice for the same record adds nothing.
 */
@Service
public class NoticeService {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  NoticeService(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records the notice unless one of its kind exists for the reference; true when it was new. */
  public boolean issue(Notice notice) {
    return jdbc.update("""
        insert into notice (kind, reference, recipient, channel, title, body, created_at)
        select ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from notice where kind = ? and reference = ?)
        """, notice.kind(), notice.reference(), notice.recipient(), notice.channel(), notice.title(),
        notice.body(), OffsetDateTime.now(clock), notice.kind(), notice.reference()) == 1;
  }

  public List<Notice> issuedFor(String reference) {
    return jdbc.query("select kind, reference, recipient, channel, title, body from notice where reference = ? order by id",
        (rs, i) -> new Notice(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6)), reference);
  }
}
