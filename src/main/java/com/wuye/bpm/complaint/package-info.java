/**
 * 业主投诉处理 (《物业品质管理手册》§5.4.3): complaint-handling with its classification decision, the complaint record
 * (业主意见受理表) and its steps, and the REST intake for the hotline and the owner portal.
 */
package com.wuye.bpm.complaint;
