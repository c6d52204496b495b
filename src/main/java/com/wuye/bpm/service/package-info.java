/**
 * Customer-service flows of 《物业品质管理手册》 §5.4: 物业报修 (repair-request), 业主入住 (owner-occupancy),
 * 业主迁入 (owner-move-in) and 公司水牌制作 (company-signboard). Each flow has its process type, its record and
 * repository, its service, its delegates and its {@link com.wuye.bpm.casefile.FlowTasks}; the steps people
 * complete are kept in the shared case file. Units are read through the renovation package's
 * {@link com.wuye.bpm.estate.UnitDirectory}.
 */
package com.wuye.bpm.service;
