/**
 * 工程服务 (《物业品质管理手册》 §5.7): house-maintenance (房屋维修) with its decision repair-procurement (tender or
 * in-house), and equipment-patrol (工程设备巡查) started per equipment group by equipment-patrol-schedule, with its
 * decision equipment-repair-need and the work orders anomalies become. Records are read through
 * {@code /api/engineering/**}; patrol times are set under {@code wuye.engineering.patrol.*}.
 */
package com.wuye.bpm.engineering;
