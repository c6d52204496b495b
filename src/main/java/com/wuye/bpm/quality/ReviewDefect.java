package com.wuye.bpm.quality;

import java.time.LocalDate;

/**
 * One row of the defect list (缺陷记录, §5.2 节点10): number, who raised it, where, what, how serious (serious 严重,
 * general 一般, suggestion 建议), when the authors promised the fix, and whether the fix was verified.
 */
public record ReviewDefect(int defectNo, String raisedBy, String location, String description, String severity,
    LocalDate promisedFixDate, boolean verified) {

  public static final String SERIOUS = "serious";
  public static final String GENERAL = "general";
  public static final String SUGGESTION = "suggestion";
}
