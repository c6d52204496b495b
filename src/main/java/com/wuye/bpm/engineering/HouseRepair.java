package com.wuye.bpm.engineering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One house repair (房屋维修, 《物业品质管理手册》 §5.7.1), from the plan to the technical archive. */
public record HouseRepair(String number, String processInstanceId, String building, String repairScope,
    String planDescription, LocalDate plannedStart, String plannedBy, OffsetDateTime plannedAt,
    HouseRepairStatus status, String surveyFindings, String schemeDescription, BigDecimal budget,
    String fundingSource, String procurement, String tenderNumber, String contractorName, BigDecimal bidAmount,
    String contractNumber, BigDecimal contractAmount, int reworkCount, OffsetDateTime acceptedAt,
    BigDecimal settledAmount, String voucherNumber, String archiveEntry, OffsetDateTime closedAt,
    String closedReason) {}
