/**
 * 装修审批 (《物业品质管理手册》§5.4.6) and 施工证件收发 (§5.4.4): renovation-approval with its decision renovation-review,
 * the application, its money and permit; construction-pass with the workers' passes (ID numbers masked
 * everywhere but the database); REST for the owner portal ({@code /api/renovations}) and the gate
 * ({@code /api/passes}). Units are read through {@link com.wuye.bpm.estate.UnitDirectory}.
 */
package com.wuye.bpm.renovation;
