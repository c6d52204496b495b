package com.wuye.bpm.engineering;

import static com.wuye.bpm.engineering.EquipmentPatrolProcess.Var;

import com.wuye.bpm.numbering.DocumentNumbers;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * The patrol roster (《物业品质管理手册》 §5.7.2 节点1 “按规定的时间、次数”): opens, for each equipment group, the
 * patrol of its latest due time. A group has at most one patrol open: while one is, nothing opens (the open one is
 * recorded missed by its own timer at the next due time). Due times that passed with nothing opened (the
 * application was down) are recorded missed, not opened late, so a stopped engine never comes back to a pile of
 * patrols.
 */
@Service
public class PatrolRoster {

  static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  static final String NOT_OPENED = "到期时未开启巡查（系统未运行）";

  private final PatrolProperties properties;
  private final EquipmentPatrolRepository patrols;
  private final DocumentNumbers numbers;
  private final RuntimeService runtime;
  private final Clock clock;

  PatrolRoster(PatrolProperties properties, EquipmentPatrolRepository patrols, DocumentNumbers numbers,
      RuntimeService runtime, Clock clock) {
    this.properties = properties;
    this.patrols = patrols;
    this.numbers = numbers;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** Opens the due patrols; returns their numbers. */
  List<String> openDuePatrols() {
    ZonedDateTime now = ZonedDateTime.now(clock);
    List<String> opened = new ArrayList<>();
    for (EquipmentGroup group : properties.groups()) {
      List<ZonedDateTime> due = group.dueTimes(now.minusDays(EquipmentGroup.LOOKBACK_DAYS), now);
      if (due.isEmpty()) {
        continue;
      }
      ZonedDateTime current = due.get(due.size() - 1);
      Optional<OffsetDateTime> latest = patrols.latestDueAt(group.id());
      if (latest.filter(last -> !last.toInstant().isBefore(current.toInstant())).isPresent()
          || patrols.hasOpen(group.id())) {
        continue;
      }
      latest.ifPresent(last -> due.stream()
          .filter(at -> at.toInstant().isAfter(last.toInstant()) && at.isBefore(current))
          .forEach(at -> patrols.insert(numbers.next(EquipmentPatrolService.PATROL_PREFIX,
              EquipmentPatrolService.NUMBER_DIGITS), group, at.toOffsetDateTime(),
              group.nextDue(at).toOffsetDateTime(), PatrolStatus.MISSED, NOT_OPENED)));
      opened.add(open(group, current));
    }
    return opened;
  }

  private String open(EquipmentGroup group, ZonedDateTime dueAt) {
    String number = numbers.next(EquipmentPatrolService.PATROL_PREFIX, EquipmentPatrolService.NUMBER_DIGITS);
    ZonedDateTime deadline = group.nextDue(dueAt);
    patrols.insert(number, group, dueAt.toOffsetDateTime(), deadline.toOffsetDateTime(), PatrolStatus.OPEN, null);
    ProcessInstance instance = runtime.createMessageCorrelation(EquipmentPatrolProcess.DUE_MESSAGE)
        .processInstanceBusinessKey(number)
        .setVariable(Var.PATROL_NUMBER, number)
        .setVariable(Var.EQUIPMENT_GROUP, group.id())
        .setVariable(Var.EQUIPMENT_GROUP_NAME, group.name())
        .setVariable(Var.EQUIPMENT_ITEMS, group.equipment())
        .setVariable(Var.PATROL_TIME, SHOWN.format(dueAt))
        .setVariable(Var.PATROL_DEADLINE, Date.from(deadline.toInstant()))
        .correlateStartMessage();
    patrols.started(number, instance.getId());
    return number;
  }
}
