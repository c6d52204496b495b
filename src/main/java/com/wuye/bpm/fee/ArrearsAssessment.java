package com.wuye.bpm.fee;

import java.math.BigDecimal;

/** What the suspension decision and the general manager see: the unit's unpaid bills up to this one. */
public record ArrearsAssessment(String unitCode, String ownerName, String phone, int monthsInArrears,
    BigDecimal amountOwed, boolean medicalEquipment, String history) {}
