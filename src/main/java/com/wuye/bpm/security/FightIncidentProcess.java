package com.wuye.bpm.security;

/**
 * The process {@code fight-incident} (bpmn/fight-incident.bpmn, 《物业品质管理手册》§5.5.4) as code sees it. A released id is
 * an API.
 */
public final class FightIncidentProcess {

  public static final String KEY = "fight-incident";
  public static final String SERIOUSNESS_DECISION = "fight-seriousness";

  /** Element ids. */
  public static final class Element {
    public static final String FIGHT_SPOTTED = "fight-spotted";
    public static final String RECORD_INCIDENT = "record-incident";
    public static final String ASSESS_SERIOUSNESS = "assess-seriousness";
    public static final String DISPATCH_GUARDS = "dispatch-guards";
    public static final String CALL_POLICE = "call-police";
    public static final String MEDIATE = "mediate";
    public static final String DECIDE_ON_POLICE = "decide-on-police";
    public static final String REPORT_TO_LEADERS = "report-to-leaders";
    public static final String ASSIST_POLICE = "assist-police";
    public static final String LIST_DAMAGE = "list-damage";
    public static final String WRITE_CASE_REPORT = "write-case-report";
    public static final String ARCHIVE_INCIDENT = "archive-incident";
    public static final String INCIDENT_ARCHIVED = "incident-archived";

    private Element() {}
  }

  /** Variable names. */
  public static final class Var {
    // start form (report-fight) = decision inputs
    public static final String LOCATION = "location";
    public static final String PEOPLE_INVOLVED = "peopleInvolved";
    public static final String WEAPONS = "weapons";
    public static final String INJURIES = "injuries";
    public static final String DAMAGE = "damage";
    public static final String DESCRIPTION = "description";
    public static final String REPORTED_BY = "reportedBy";
    // record and decision
    public static final String INCIDENT_NUMBER = "incidentNumber";
    public static final String SERIOUS = "serious";
    public static final String SERIOUSNESS_REASON = "seriousnessReason";
    // what the monitoring centre, the guards and the supervisor write
    public static final String POLICE_REPORT = "policeReport";
    public static final String MEDIATION_NOTE = "mediationNote";
    public static final String MEDIATION_EFFECTIVE = "mediationEffective";
    public static final String FACILITY_DAMAGED = "facilityDamaged";
    public static final String POLICE_DECISION = "policeDecision";
    public static final String LEADERS_REPORT = "leadersReport";
    public static final String POLICE_ASSISTANCE = "policeAssistance";
    public static final String DAMAGE_ITEMS = "damageItems";
    public static final String DAMAGE_AMOUNT = "damageAmount";
    public static final String CASE_REPORT = "caseReport";

    private Var() {}
  }

  /** The supervisor's choice after a failed mediation (§5.5.4 节点3), values of {@link Var#POLICE_DECISION}. */
  public static final String CALL_POLICE = "call-police";
  public static final String NO_POLICE = "no-police";

  private FightIncidentProcess() {}
}
