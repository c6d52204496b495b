/**
 * 经营指标: the figures managers are held to (complaint response and satisfaction, fee collection, overdue work),
 * read by SQL aggregates over indexed columns of the domain records, for the managers' groups only.
 */
package com.wuye.bpm.kpi;
