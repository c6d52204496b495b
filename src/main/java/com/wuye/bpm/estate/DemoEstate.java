package com.wuye.bpm.estate;

import com.wuye.bpm.engine.SetupLock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: the estate 金利达花园 (code JLD) with 4 buildings of 18 floors and 4 units a floor
 * (288 units, JLD-1-0101 … JLD-4-1804) and a household in each. Loaded once, even when nodes start together.
 */
@Component
@Profile("demo")
class DemoEstate {

  static final String CODE = "JLD";
  static final int BUILDINGS = 4;
  static final int FLOORS = 18;
  static final int UNITS_PER_FLOOR = 4;
  private static final Logger log = LoggerFactory.getLogger(DemoEstate.class);
  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军", "杰", "娟"};

  private final JdbcTemplate jdbc;
  private final SetupLock setupLock;

  DemoEstate(JdbcTemplate jdbc, SetupLock setupLock) {
    this.jdbc = jdbc;
    this.setupLock = setupLock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Transactional
  public void load() {
    setupLock.hold("fee-demo-estate");
    if (jdbc.queryForObject("select count(*) from estate where code = ?", Integer.class, CODE) > 0) {
      return;
    }
    jdbc.update("insert into estate (code, name, fee_rate) values (?, ?, ?)", CODE, "金利达花园",
        new BigDecimal("2.50"));
    long estateId = jdbc.queryForObject("select id from estate where code = ?", Long.class, CODE);
    List<Object[]> units = new ArrayList<>();
    for (int b = 1; b <= BUILDINGS; b++) {
      jdbc.update("insert into building (estate_id, code, name) values (?, ?, ?)", estateId, String.valueOf(b),
          b + "栋");
      long buildingId = jdbc.queryForObject("select id from building where estate_id = ? and code = ?", Long.class,
          estateId, String.valueOf(b));
      for (int floor = 1; floor <= FLOORS; floor++) {
        for (int room = 1; room <= UNITS_PER_FLOOR; room++) {
          BigDecimal area = new BigDecimal(room % 2 == 0 ? "128.60" : "89.40");
          units.add(new Object[] {buildingId, String.format("%s-%d-%02d%02d", CODE, b, floor, room), floor, area});
        }
      }
    }
    jdbc.batchUpdate("insert into unit (building_id, code, floor_no, area) values (?, ?, ?, ?)", units);
    List<Object[]> households = new ArrayList<>();
    int i = 0;
    for (Object[] unit : units) {
      String owner = SURNAMES[i % SURNAMES.length] + GIVEN[(i / SURNAMES.length) % GIVEN.length];
      households.add(new Object[] {owner, String.format("139%08d", 10_000_000 + i), i % 47 == 5,
          LocalDate.of(2020, 1, 1).plusDays(i), unit[1]});
      i++;
    }
    jdbc.batchUpdate("""
        insert into household (unit_id, owner_name, phone, medical_equipment, moved_in_on)
        select id, ?, ?, ?, ? from unit where code = ?""", households);
    log.info("demo estate 金利达花园: {} units with households", units.size());
  }
}
