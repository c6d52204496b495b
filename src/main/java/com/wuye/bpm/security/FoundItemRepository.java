package com.wuye.bpm.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The table {@code found_item}. */
@Repository
class FoundItemRepository {

  private final JdbcTemplate jdbc;

  FoundItemRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(String number, String processInstanceId, FoundItemHandover h, String receivedBy, OffsetDateTime at,
      OffsetDateTime retentionUntil) {
    jdbc.update("""
        insert into found_item (number, process_instance_id, item_description, found_place, finder_name, received_by,
          received_at, owner_known, owner_name, owner_phone, retention_until) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        number, processInstanceId, h.itemDescription(), h.foundPlace(), h.finderName(), receivedBy, at, h.ownerKnown(),
        h.ownerName(), h.ownerPhone(), retentionUntil);
  }

  Optional<FoundItem> findByNumber(String number) {
    return jdbc.query("select * from found_item where number = ?", this::map, number).stream().findFirst();
  }

  Optional<FoundItem> findByProcessInstance(String processInstanceId) {
    return jdbc.query("select * from found_item where process_instance_id = ?", this::map, processInstanceId)
        .stream().findFirst();
  }

  void ownerNotified(String number, OffsetDateTime at) {
    jdbc.update("update found_item set owner_notified_at = ? where number = ? and owner_notified_at is null", at, number);
  }

  void posted(String number, String place, OffsetDateTime at) {
    jdbc.update("update found_item set notice_place = ?, posted_at = ? where number = ?", place, at, number);
  }

  void claimed(String number, String name, String idNumber, String phone, OffsetDateTime at) {
    jdbc.update("""
        update found_item set claimant_name = ?, claimant_id_number = ?, claimant_phone = ?, claimed_at = ?, outcome = ?
        where number = ?""", name, idNumber, phone, at, FoundItem.CLAIMED, number);
  }

  void disposed(String number, String method, String note, OffsetDateTime at) {
    jdbc.update("""
        update found_item set disposal_method = ?, disposal_note = ?, disposed_at = ?, outcome = ? where number = ?""",
        method, note, at, FoundItem.DISPOSED, number);
  }

  void archive(String number, OffsetDateTime at) {
    jdbc.update("update found_item set archived_at = ? where number = ? and archived_at is null", at, number);
  }

  private FoundItem map(ResultSet rs, int row) throws SQLException {
    return new FoundItem(rs.getLong("id"), rs.getString("number"), rs.getString("process_instance_id"),
        rs.getString("item_description"), rs.getString("found_place"), rs.getString("finder_name"),
        rs.getString("received_by"), rs.getObject("received_at", OffsetDateTime.class), rs.getBoolean("owner_known"),
        rs.getString("owner_name"), rs.getString("owner_phone"), rs.getObject("retention_until", OffsetDateTime.class),
        rs.getObject("owner_notified_at", OffsetDateTime.class), rs.getString("notice_place"),
        rs.getObject("posted_at", OffsetDateTime.class), rs.getString("claimant_name"),
        rs.getString("claimant_id_number"), rs.getString("claimant_phone"),
        rs.getObject("claimed_at", OffsetDateTime.class), rs.getString("disposal_method"),
        rs.getString("disposal_note"), rs.getObject("disposed_at", OffsetDateTime.class), rs.getString("outcome"),
        rs.getObject("archived_at", OffsetDateTime.class));
  }
}
