/**
 * 管家服务 · 保洁管理 (《物业品质管理手册》 §5.6): cleaning-management (the versions of the cleaning regulations,
 * approved by the quality manager and the general manager) and cleaning-daily-check (each day's self-check and
 * pre-shift check, opened at {@code wuye.housekeeping.daily-check-cycle}). Records are read through
 * {@code /api/housekeeping/**}.
 */
package com.wuye.bpm.housekeeping;
