/**
 * 安全管理流程 (《物业品质管理手册》§5.5): suspicious-person screening with its risk score (suspicious-person-risk), access
 * cards with the lost-card endpoint, lost and found with its retention period, fights with their seriousness
 * decision, and fire-safety inspections with their cycle, checklist and per-hazard rectification. Each flow keeps its
 * record in its own table; every completed step of any of them is kept in {@code security_step}
 * ({@link com.wuye.bpm.security.SecurityJournal}). Named "security" after the department (安全管理部); it has nothing
 * to do with Spring Security. Settings: {@link com.wuye.bpm.security.SecurityProperties} ({@code wuye.security.*}).
 */
package com.wuye.bpm.security;
