package com.wuye.bpm.estate;

import java.math.BigDecimal;

/** A unit that pays a management fee: its floor area and its estate's rate per square metre. */
public record BillableUnit(long id, String code, BigDecimal area, BigDecimal feeRate) {}
