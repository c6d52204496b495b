package com.wuye.bpm.quality;

import static com.wuye.bpm.quality.CertificationProcess.Var;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * When a certificate expires and when its surveillance audits fall due (§5.1 节点10), from the configured validity
 * and interval: audit n is held {@code n} intervals after the issue date, as long as that is before the expiry.
 */
public record SurveillanceSchedule(QualityProperties properties, ZoneId zone) {

  public LocalDate expiry(LocalDate issueDate) {
    return issueDate.plus(properties.certificateValidity());
  }

  public LocalDate auditDate(LocalDate issueDate, int round) {
    return issueDate.plus(properties.surveillanceInterval().multipliedBy(round));
  }

  public boolean due(LocalDate issueDate, int round) {
    return auditDate(issueDate, round).isBefore(expiry(issueDate));
  }

  /**
   * The variables the process waits on after {@code completedRounds} audits: the expiry, the next round, its date
   * (timer of {@code surveillance-date-reached}, the start of that day) and whether it is held at all.
   */
  public Map<String, Object> variablesAfter(LocalDate issueDate, int completedRounds) {
    int next = completedRounds + 1;
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.CERTIFICATE_EXPIRES_AT, startOf(expiry(issueDate)));
    variables.put(Var.SURVEILLANCE_ROUND, next);
    variables.put(Var.NEXT_SURVEILLANCE_AT, startOf(auditDate(issueDate, next)));
    variables.put(Var.SURVEILLANCE_DUE, due(issueDate, next));
    return variables;
  }

  private Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(zone).toInstant());
  }
}
