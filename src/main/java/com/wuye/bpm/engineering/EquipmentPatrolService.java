package com.wuye.bpm.engineering;

import com.wuye.bpm.api.NotFoundException;
import com.wuye.bpm.api.UnprocessableException;
import com.wuye.bpm.numbering.DocumentNumbers;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Equipment patrols and the work orders their anomalies become (《物业品质管理手册》 §5.7.2). Each step checks that
 * the patrol is where the step expects it and refuses (422, nothing written) otherwise.
 */
@Service
public class EquipmentPatrolService {

  static final String PATROL_PREFIX = "XJ";
  static final String WORK_ORDER_PREFIX = "WX";
  static final int NUMBER_DIGITS = 6;

  private final EquipmentPatrolRepository patrols;
  private final DocumentNumbers numbers;
  private final Clock clock;

  EquipmentPatrolService(EquipmentPatrolRepository patrols, DocumentNumbers numbers, Clock clock) {
    this.patrols = patrols;
    this.numbers = numbers;
    this.clock = clock;
  }

  /** The officer's check of an open patrol; dirt and loose terminals were dealt with on the spot. */
  void checked(String number, PatrolCheck check, String checkedBy) {
    if (!patrols.checked(number, check, checkedBy, now())) {
      throw refused(get(number));
    }
  }

  /** An open patrol's deadline passed before anyone checked the equipment. */
  void missed(String number) {
    if (!patrols.missed(number, "超过巡查时限未巡查")) {
      throw refused(get(number));
    }
  }

  /** The supervisor's finding on why a patrol was missed. */
  void missedReviewed(String number, String reason) {
    if (!patrols.missedReviewed(number, reason)) {
      throw refused(get(number));
    }
  }

  /**
   * Opens the work order of a checked patrol, once: a retried step returns the order it opened.
   *
   * @param priority {@code urgent} or {@code normal} (equipment-repair-need)
   * @param hours the hours the repair may take (equipment-repair-need)
   */
  WorkOrder openWorkOrder(String patrolNumber, String priority, int hours) {
    return patrols.findWorkOrderOfPatrol(patrolNumber).orElseGet(() -> {
      EquipmentPatrol patrol = get(patrolNumber);
      if (patrol.status() != PatrolStatus.CHECKED || patrol.check() == null) {
        throw refused(patrol);
      }
      String number = numbers.next(WORK_ORDER_PREFIX, NUMBER_DIGITS);
      OffsetDateTime now = now();
      patrols.insertWorkOrder(number, patrol, priority, patrol.check().summary(), now, now.plus(Duration.ofHours(hours)));
      return patrols.findWorkOrder(number).orElseThrow();
    });
  }

  /** Engineering repaired what the patrol found. */
  void repaired(String patrolNumber, String result, String repairedBy) {
    if (!patrols.repaired(patrolNumber, result, repairedBy, now())) {
      throw new UnprocessableException("workOrderNumber", "巡查 " + patrolNumber
          + " 没有待维修的维修单 (no open work order for this patrol)");
    }
  }

  /** The patrol log: a checked patrol whose work order, if any, is repaired. */
  void logged(String number) {
    EquipmentPatrol patrol = get(number);
    boolean repairOpen = patrols.findWorkOrderOfPatrol(number)
        .filter(order -> order.status() != WorkOrderStatus.REPAIRED).isPresent();
    if (repairOpen || !patrols.logged(number, now())) {
      throw refused(patrol);
    }
  }

  public EquipmentPatrol get(String number) {
    return patrols.findByNumber(number).orElseThrow(() -> new NotFoundException("设备巡查", number));
  }

  public List<EquipmentPatrol> list(String group, PatrolStatus status, OffsetDateTime from, OffsetDateTime to) {
    return patrols.find(group, status, from, to);
  }

  public WorkOrder workOrder(String number) {
    return patrols.findWorkOrder(number).orElseThrow(() -> new NotFoundException("工程维修单", number));
  }

  public Optional<WorkOrder> workOrderOfPatrol(String patrolNumber) {
    return patrols.findWorkOrderOfPatrol(patrolNumber);
  }

  public List<WorkOrder> workOrders(WorkOrderStatus status) {
    return patrols.findWorkOrders(status);
  }

  private static UnprocessableException refused(EquipmentPatrol patrol) {
    return new UnprocessableException("patrolNumber", "设备巡查 " + patrol.number() + " 状态为“"
        + patrol.status().chineseName() + "”，不能办理这一步 (the patrol is not at this step)");
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
