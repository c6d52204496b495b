package com.wuye.bpm.engineering;

import java.time.OffsetDateTime;

/** An engineering work order (工程维修单) for an anomaly found on a patrol (《物业品质管理手册》 §5.7.2). */
public record WorkOrder(String number, String patrolNumber, String equipmentGroup, String groupName,
    String priority, String findings, OffsetDateTime openedAt, OffsetDateTime dueAt, WorkOrderStatus status,
    String repairResult, String repairedBy, OffsetDateTime repairedAt) {}
