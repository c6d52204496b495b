/**
 * 品质督导: the quality department's supervision flows from 《物业公司品质管理部职责及管理目标》 and
 * 《内部督导的主要内容》 — the quarterly quality inspection ({@code quality-inspection}), project performance
 * assessments with their pay bands ({@code performance-assessment}), nonconformity reports ({@code nonconformity}) and
 * the 十必查 safety supervision ({@code safety-supervision}); the three that find problems share one rectification
 * follow-up ({@code rectification-follow-up}, {@link com.wuye.bpm.supervision.RectificationNotices}). Estates and
 * households are read through {@link com.wuye.bpm.supervision.EstateHouseholds}, never written.
 */
package com.wuye.bpm.supervision;
