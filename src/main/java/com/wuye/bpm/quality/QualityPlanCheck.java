package com.wuye.bpm.quality;

import java.time.LocalDate;

/** One row of the 质量计划实施情况检查表 (《服务实现》7.1 §4.6.2): a check of the plan's implementation. */
public record QualityPlanCheck(int checkNo, LocalDate checkDate, String checkedItems, String findings,
    boolean activityFinished, String checkedBy) {}
